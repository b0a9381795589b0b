import type { AttendanceStatus, PlanType, ReviewOutcome, Role, SettingType } from '#contract';
import type { Queryable } from '../db/index.ts';

export interface AttendanceReview {
  outcome: ReviewOutcome;
  note: string;
  reviewer: { name: string; jobRoleName: string };
  reviewedAt: string;
}

/** A visit at the lead's organisation of a person with a visible plan, as the review list shows it. */
export interface AttendanceRecord {
  id: string;
  at: string;
  settingType: SettingType;
  nhsNumber: string;
  person: { familyName: string; givenName: string; dateOfBirth: string };
  planTypes: PlanType[];
  localAuthorities: { code: string; name: string }[];
  firstCheckedByRole: Role;
  reviews: AttendanceReview[];
}

interface AttendanceRow {
  id: string;
  at: string;
  setting_type: SettingType;
  nhs_number: string;
  first_checked_by_role: Role;
  person: { familyName: string; givenName: string; dateOfBirth: string };
  plan_types: PlanType[];
  local_authorities: { code: string; name: string }[];
  reviews: AttendanceReview[] | null;
}

// Visits of people who still have a visible plan, with the plans' facts gathered per visit.
// `$1` organisation, `$2` today; filters are added after.
const ATTENDANCES = `
SELECT v.id, v.at, v.setting_type, v.nhs_number, v.first_checked_by_role,
       json_build_object('familyName', p.family_name, 'givenName', p.given_name,
                         'dateOfBirth', to_char(p.date_of_birth, 'YYYY-MM-DD')) AS person,
       pl.plan_types, pl.local_authorities,
       (SELECT json_agg(json_build_object(
                 'outcome', r.outcome, 'note', r.note,
                 'reviewer', json_build_object('name', r.reviewer_name, 'jobRoleName', r.reviewer_job_role_name),
                 'reviewedAt', to_char(r.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                 ORDER BY r.reviewed_at, r.id)
          FROM attendance_reviews r WHERE r.visit_id = v.id) AS reviews
FROM visits v
JOIN LATERAL (
  SELECT array_agg(DISTINCT plans.plan_type ORDER BY plans.plan_type) AS plan_types,
         json_agg(DISTINCT jsonb_build_object('code', la.la_code, 'name', la.name)) AS local_authorities
  FROM plans JOIN local_authorities la ON la.la_code = plans.la_code
  WHERE plans.nhs_number = v.nhs_number AND plan_is_visible(plans.end_date, $2)
  HAVING count(*) > 0
) pl ON true
JOIN LATERAL (
  SELECT family_name, given_name, date_of_birth FROM plans
  WHERE plans.nhs_number = v.nhs_number AND plan_is_visible(plans.end_date, $2)
  ORDER BY (end_date IS NOT NULL AND end_date < $2::date), start_date DESC, la_code, la_plan_ref LIMIT 1
) p ON true
WHERE v.organisation_code = $1`;

const reviewedSql = 'EXISTS (SELECT 1 FROM attendance_reviews r WHERE r.visit_id = v.id)';

const toRecord = (row: AttendanceRow): AttendanceRecord => ({
  id: row.id,
  at: row.at,
  settingType: row.setting_type,
  nhsNumber: row.nhs_number,
  person: row.person,
  planTypes: row.plan_types,
  localAuthorities: [...row.local_authorities].sort((a, b) => a.code.localeCompare(b.code)),
  firstCheckedByRole: row.first_checked_by_role,
  reviews: row.reviews ?? [],
});

/** Attendances at an organisation between two dates in England (inclusive), newest first, one page. */
export async function readAttendances(
  q: Queryable,
  query: {
    organisation: string;
    today: string;
    from: string;
    to: string;
    status: AttendanceStatus;
    page: number;
    pageSize: number;
  },
): Promise<{ attendances: AttendanceRecord[]; total: number; unreviewed: number }> {
  const inRange = `v.at >= ($3::date::timestamp AT TIME ZONE 'Europe/London')
    AND v.at < (($4::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;
  const status =
    query.status === 'all' ? '' : query.status === 'reviewed' ? `AND ${reviewedSql}` : `AND NOT ${reviewedSql}`;
  const params = [query.organisation, query.today, query.from, query.to];
  const rows = await q.query<AttendanceRow>(
    `${ATTENDANCES} AND ${inRange} ${status} ORDER BY v.at DESC, v.id LIMIT $5 OFFSET $6`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  const [counts] = await q.query<{ unreviewed: number; total: number }>(
    `SELECT count(*) FILTER (WHERE NOT ${reviewedSql}) AS unreviewed, count(*) AS total
     FROM (${ATTENDANCES} AND ${inRange}) v`,
    params,
  );
  const all = counts?.total ?? 0;
  const unreviewed = counts?.unreviewed ?? 0;
  const total = query.status === 'all' ? all : query.status === 'unreviewed' ? unreviewed : all - unreviewed;
  return { attendances: rows.map(toRecord), total, unreviewed };
}

/** One attendance, only if it is at this organisation and its person still has a visible plan. */
export async function findAttendance(
  q: Queryable,
  { id, organisation, today }: { id: string; organisation: string; today: string },
): Promise<AttendanceRecord | undefined> {
  const [row] = await q.query<AttendanceRow>(`${ATTENDANCES} AND v.id = $3::uuid`, [organisation, today, id]);
  return row ? toRecord(row) : undefined;
}

/** Appends a review; earlier reviews are never changed. */
export async function addReview(
  q: Queryable,
  review: {
    visitId: string;
    outcome: ReviewOutcome;
    note: string;
    reviewer: { name: string; jobRoleName: string };
    at: string;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO attendance_reviews (visit_id, outcome, note, reviewer_name, reviewer_job_role_name, reviewed_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [review.visitId, review.outcome, review.note, review.reviewer.name, review.reviewer.jobRoleName, review.at],
  );
}
