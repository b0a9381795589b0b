import type { Queryable } from '../db/index.ts';

// Written by the store's cpis_lookup (migration 050) when a lookup opens a visit.

/** What an LA is told of a visit: who looked (by role), where, when; nothing clinical. */
export interface LaNotification {
  id: number;
  laCode: string;
  nhsNumber: string;
  at: string;
  organisation: { code: string; name: string };
  settingType: string;
  viewerRole: string;
  viewerJobRoleName: string;
}

interface NotificationRecord {
  id: number;
  la_code: string;
  nhs_number: string;
  at: string;
  organisation_code: string;
  organisation_name: string;
  setting_type: string;
  viewer_role: string;
  viewer_job_role_name: string;
}

/** An LA's notifications, oldest first (the order its contact centre files them). */
export async function notificationsFor(q: Queryable, laCode: string): Promise<LaNotification[]> {
  const rows = await q.query<NotificationRecord>(
    `SELECT id, la_code, nhs_number, at, organisation_code, organisation_name, setting_type, viewer_role,
            viewer_job_role_name
     FROM notifications WHERE la_code = $1 ORDER BY id`,
    [laCode],
  );
  return rows.map((row) => ({
    id: row.id,
    laCode: row.la_code,
    nhsNumber: row.nhs_number,
    at: row.at,
    organisation: { code: row.organisation_code, name: row.organisation_name },
    settingType: row.setting_type,
    viewerRole: row.viewer_role,
    viewerJobRoleName: row.viewer_job_role_name,
  }));
}
