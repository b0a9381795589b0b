import type { Role, SettingType } from '#contract';
import type { Queryable } from '../db/index.ts';

export interface Visit {
  id: string;
  at: string;
  organisation: { code: string; name: string };
  settingType: SettingType;
  /** The role of whoever's check opened the visit, as the national service shows it. */
  viewerRole: Role;
}

/** A row of the store's recent_visits(nhs_number, limit) (migration 050), as jsonb. */
export interface VisitRecord {
  id: string;
  at: string;
  organisation_code: string;
  organisation_name: string;
  setting_type: SettingType;
  first_checked_by_role: Role;
}

/** Visits as CP-IS shows them, from recent_visits' rows (jsonb carries instants with an offset). */
export const toVisits = (rows: readonly VisitRecord[]): Visit[] =>
  rows.map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    organisation: { code: row.organisation_code, name: row.organisation_name },
    settingType: row.setting_type,
    viewerRole: row.first_checked_by_role,
  }));

/** A person's unscheduled-care visits across all organisations, newest first. */
export async function recentVisits(q: Queryable, nhsNumber: string, limit: number): Promise<Visit[]> {
  const [row] = await q.query<{ visits: VisitRecord[] }>('SELECT recent_visits($1, $2) AS visits', [nhsNumber, limit]);
  return toVisits(row!.visits);
}
