import type { Organisation, Role, SettingType } from '#contract';
import type { Queryable } from '../db/index.ts';

/** Who is looking, from where: the session's role profile. */
export interface Viewer {
  name: string;
  cardId: string;
  role: Role;
  jobRoleCode: string;
  jobRoleName: string;
  organisation: Organisation;
  settingType: SettingType;
}

const INSERT_AUDIT = `
INSERT INTO access_audit (lookup_id, at, nhs_number, outcome, user_name, card_id, role, job_role_code,
                          job_role_name, organisation_code, organisation_name, setting_type)
SELECT a.lookup_id, $3, a.nhs_number, $4, $5, $6, $7, $8, $9, $10, $11, $12
FROM unnest($1::uuid[], $2::text[]) AS a(lookup_id, nhs_number)`;

/** Who looked, as the audit's columns hold it, in their order: user_name to setting_type. */
export const viewerColumns = (viewer: Viewer) => [
  viewer.name,
  viewer.cardId,
  viewer.role,
  viewer.jobRoleCode,
  viewer.jobRoleName,
  viewer.organisation.code,
  viewer.organisation.name,
  viewer.settingType,
];

/** Audits one access per NHS number (a lookup, an opened attendance, a row of a listed page). */
export async function writeAudits(
  tx: Queryable,
  entry: { lookupIds: string[]; nhsNumbers: string[]; at: string; outcome: string; viewer: Viewer },
): Promise<void> {
  const { viewer } = entry;
  if (entry.nhsNumbers.length === 0) return;
  await tx.query(INSERT_AUDIT, [entry.lookupIds, entry.nhsNumbers, entry.at, entry.outcome, ...viewerColumns(viewer)]);
}

export const writeAudit = (
  tx: Queryable,
  {
    lookupId,
    nhsNumber,
    ...entry
  }: { lookupId: string; at: string; nhsNumber: string; outcome: string; viewer: Viewer },
) => writeAudits(tx, { ...entry, lookupIds: [lookupId], nhsNumbers: [nhsNumber] });
