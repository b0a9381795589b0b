import type { LaAction, LaNotification, NotificationStatus } from '#contract';
import type { Queryable } from '../db/index.ts';

type StatusFilter = NotificationStatus | 'all';

interface NotificationRow extends Omit<LaNotification, 'organisation'> {
  visitId: string;
  organisation_code: string;
  organisation_name: string;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// One LA's notifications with what the LA holds of the person today, and the actions so far.
// `$1` the LA, `$2` today (for plan visibility).
const INBOX = `
SELECT n.id::text AS id, n.visit_id::text AS "visitId", n.at, n.nhs_number AS "nhsNumber", n.organisation_code, n.organisation_name,
       n.setting_type AS "settingType", n.viewer_role AS "viewerRole",
       n.viewer_job_role_name AS "viewerJobRoleName",
       (SELECT json_build_object('familyName', p.family_name, 'givenName', p.given_name,
                                 'dateOfBirth', to_char(p.date_of_birth, 'YYYY-MM-DD'))
          FROM plans p WHERE p.nhs_number = n.nhs_number AND p.la_code = n.la_code AND plan_is_visible(p.end_date, $2)
          ORDER BY p.start_date DESC, p.la_plan_ref LIMIT 1) AS person,
       ARRAY(SELECT DISTINCT p.plan_type FROM plans p
              WHERE p.nhs_number = n.nhs_number AND p.la_code = n.la_code AND plan_is_visible(p.end_date, $2)
              ORDER BY p.plan_type) AS "planTypes",
       coalesce((SELECT json_agg(json_strip_nulls(json_build_object(
                   'action', a.action, 'caseReference', a.case_reference, 'note', a.note,
                   'by', a.by_name, 'at', ${ISO('a.at')})) ORDER BY a.at, a.id)
                 FROM la_notification_actions a WHERE a.notification_id = n.id), '[]'::json) AS actions,
       CASE (SELECT a.action FROM la_notification_actions a WHERE a.notification_id = n.id
              ORDER BY a.at DESC, a.id DESC LIMIT 1)
         WHEN 'filed-on-case' THEN 'filed' WHEN 'forwarded-to-mash' THEN 'forwarded' ELSE 'new' END AS status
FROM notifications n
WHERE n.la_code = $1`;

const toNotification = ({
  organisation_code,
  organisation_name,
  visitId: _visitId,
  ...row
}: NotificationRow): LaNotification => ({
  ...row,
  organisation: { code: organisation_code, name: organisation_name },
});

/** One page of an LA's notifications, newest first, with the count new whatever the filter. */
export async function listNotifications(
  q: Queryable,
  query: { laCode: string; today: string; status: StatusFilter; page: number; pageSize: number },
): Promise<{ notifications: LaNotification[]; total: number; new: number }> {
  const params = [query.laCode, query.today, query.status];
  const rows = await q.query<NotificationRow>(
    `SELECT * FROM (${INBOX}) x WHERE $3 = 'all' OR x.status = $3
     ORDER BY x.at DESC, x.id::bigint DESC LIMIT $4 OFFSET $5`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  const [counts] = await q.query<{ total: number; new: number }>(
    `SELECT count(*) FILTER (WHERE $3 = 'all' OR x.status = $3) AS total, count(*) FILTER (WHERE x.status = 'new') AS new
     FROM (${INBOX}) x`,
    params,
  );
  return { notifications: rows.map(toNotification), total: counts?.total ?? 0, new: counts?.new ?? 0 };
}

/** One notification, only if it is this LA's; anything else (another LA's, made up) is undefined. */
export async function findNotification(
  q: Queryable,
  { id, laCode, today }: { id: string; laCode: string; today: string },
): Promise<(LaNotification & { visitId: string }) | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const [row] = await q.query<NotificationRow>(`${INBOX} AND n.id = $3::bigint`, [laCode, today, id]);
  // The visit it is about, so the LA sees which of the child's visits this notification is.
  return row ? { ...toNotification(row), visitId: row.visitId } : undefined;
}

/** Appends an action; earlier actions are never changed (a trigger refuses updates). */
export async function addAction(
  q: Queryable,
  entry: {
    notificationId: string;
    action: LaAction;
    caseReference?: string;
    note?: string;
    by: { kind: 'person' | 'token'; name: string };
    at: string;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO la_notification_actions (notification_id, action, case_reference, note, by_kind, by_name, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.notificationId,
      entry.action,
      entry.caseReference || null,
      entry.note || null,
      entry.by.kind,
      entry.by.name,
      entry.at,
    ],
  );
}
