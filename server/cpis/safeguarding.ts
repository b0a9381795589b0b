import { randomUUID } from 'node:crypto';
import {
  addDays,
  attendanceIdSchema,
  ATTENDANCES_MAX_RANGE_DAYS,
  ATTENDANCES_PAGE_SIZE,
  daysBetween,
  englandDate,
  VISIT_HISTORY_LIMIT,
  type AttendanceStatus,
  type ReviewOutcome,
} from '#contract';
import type { Database } from '../db/index.ts';
import {
  addReview,
  findAttendance,
  readAttendances,
  type AttendanceRecord,
  type AttendanceReview,
} from './attendances.ts';
import { writeAudit, writeAudits, type Viewer } from './audit.ts';
import { findVisiblePlans, type VisiblePlan } from './plans.ts';
import { recentVisits, type Visit } from './visits.ts';

/** Why a date range cannot be listed. */
export type RangeProblem = 'from-after-to' | 'range-too-large';

export interface AttendancesPage {
  attendances: AttendanceRecord[];
  total: number;
  unreviewed: number;
  page: number;
  status: AttendanceStatus;
  from: string;
  to: string;
}

/**
 * One page of the lead's organisation's flagged attendances, by default the last 7 days in England.
 * The rows and their counts are read in one transaction, with one audit row per person listed.
 */
export async function listAttendances(
  db: Database,
  query: { viewer: Viewer; now: Date; from?: string; to?: string; status: AttendanceStatus; page: number },
): Promise<{ problem: RangeProblem } | AttendancesPage> {
  const { viewer, now, status, page } = query;
  const today = englandDate(now);
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -6);
  if (from > to) return { problem: 'from-after-to' };
  if (daysBetween(from, to) + 1 > ATTENDANCES_MAX_RANGE_DAYS) return { problem: 'range-too-large' };
  const listed = await db.transaction(async (tx) => {
    const rows = await readAttendances(tx, {
      organisation: viewer.organisation.code,
      today,
      from,
      to,
      status,
      page,
      pageSize: ATTENDANCES_PAGE_SIZE,
    });
    await writeAudits(tx, {
      lookupIds: rows.attendances.map(() => randomUUID()),
      nhsNumbers: rows.attendances.map((attendance) => attendance.nhsNumber),
      at: now.toISOString(),
      outcome: 'listed-attendance',
      viewer,
    });
    return rows;
  });
  return { ...listed, page, status, from, to };
}

/** What opening an attendance shows: it, the person's visible plans and their previous visits. */
export interface OpenedAttendance {
  attendance: AttendanceRecord;
  plans: VisiblePlan[];
  visits: Visit[];
}

/**
 * Opens one attendance at the viewer's organisation. It shows a child's record, so it is audited like
 * a lookup, in the same transaction. Undefined when there is no such attendance there: a malformed id,
 * another organisation's id and a made-up one are the same answer, so ids reveal nothing.
 */
export async function openAttendance(
  db: Database,
  { id, viewer, now }: { id: string; viewer: Viewer; now: Date },
): Promise<OpenedAttendance | undefined> {
  if (!attendanceIdSchema.safeParse(id).success) return undefined;
  const today = englandDate(now);
  return db.transaction(async (tx) => {
    const attendance = await findAttendance(tx, { id, organisation: viewer.organisation.code, today });
    if (!attendance) return undefined;
    const plans = await findVisiblePlans(tx, attendance.nhsNumber, today);
    const visits = await recentVisits(tx, attendance.nhsNumber, VISIT_HISTORY_LIMIT);
    await writeAudit(tx, {
      lookupId: randomUUID(),
      at: now.toISOString(),
      nhsNumber: attendance.nhsNumber,
      outcome: 'opened-attendance',
      viewer,
    });
    return { attendance, plans, visits };
  });
}

/**
 * Appends the viewer's review to an attendance at their organisation and answers every review of it,
 * oldest first; undefined when there is no such attendance there (as openAttendance).
 */
export async function reviewAttendance(
  db: Database,
  { id, viewer, now, outcome, note }: { id: string; viewer: Viewer; now: Date; outcome: ReviewOutcome; note: string },
): Promise<AttendanceReview[] | undefined> {
  if (!attendanceIdSchema.safeParse(id).success) return undefined;
  const scope = { id, organisation: viewer.organisation.code, today: englandDate(now) };
  return db.transaction(async (tx) => {
    if (!(await findAttendance(tx, scope))) return undefined;
    await addReview(tx, {
      visitId: id,
      outcome,
      note,
      reviewer: { name: viewer.name, jobRoleName: viewer.jobRoleName },
      at: now.toISOString(),
    });
    return (await findAttendance(tx, scope))?.reviews;
  });
}
