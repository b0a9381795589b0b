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

interface VisitRecord {
  id: string;
  at: string;
  organisation_code: string;
  organisation_name: string;
  setting_type: SettingType;
  first_checked_by_role: Role;
}

/** A person's unscheduled-care visits across all organisations, newest first. */
export async function recentVisits(q: Queryable, nhsNumber: string, limit: number): Promise<Visit[]> {
  const rows = await q.query<VisitRecord>(
    `SELECT id, at, organisation_code, organisation_name, setting_type, first_checked_by_role FROM visits
     WHERE nhs_number = $1 ORDER BY at DESC, id LIMIT $2`,
    [nhsNumber, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    organisation: { code: row.organisation_code, name: row.organisation_name },
    settingType: row.setting_type,
    viewerRole: row.first_checked_by_role,
  }));
}
