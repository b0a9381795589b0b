import { randomUUID } from 'node:crypto';
import { englandDate, VISIT_HISTORY_LIMIT } from '#contract';
import type { Database, Queryable } from '../db/index.ts';
import { writeAudit, type Viewer } from './audit.ts';
import { notifyLocalAuthorities } from './notifications.ts';
import { findVisiblePlans, type VisiblePlan } from './plans.ts';
import { settingAccess } from './settings.ts';
import { recentVisits, type Visit } from './visits.ts';

export interface LookupResult {
  lookupId: string;
  checkedAt: string;
  nhsNumber: string;
  outcome: 'plans-found' | 'no-plans';
  plans: VisiblePlan[];
  /** Previous unscheduled visits, newest first, read before this lookup recorded its own. */
  visits: Visit[];
  /** Whether this lookup began a new visit (and notified the LAs). */
  newVisit: boolean;
  /** The visit this lookup belongs to (its own new one, or one opened earlier in the same attendance). */
  attendanceId?: string;
}

/**
 * The first lookup of a person at an organisation within the attendance window is one visit, and
 * one notification to each responsible LA. The advisory lock makes two staff checking the same
 * child at the same moment still one attendance, on either engine.
 */
async function recordVisit(
  tx: Queryable,
  {
    lookupId,
    at,
    nhsNumber,
    viewer,
    plans,
    windowHours,
  }: {
    lookupId: string;
    at: string;
    nhsNumber: string;
    viewer: Viewer;
    plans: VisiblePlan[];
    windowHours: number;
  },
): Promise<{ visitId: string; isNew: boolean }> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`visit:${nhsNumber}:${viewer.organisation.code}`]);
  const open = await tx.query<{ id: string }>(
    `SELECT id FROM visits WHERE nhs_number = $1 AND organisation_code = $2
       AND at > $3::timestamptz - make_interval(hours => $4) LIMIT 1`,
    [nhsNumber, viewer.organisation.code, at, windowHours],
  );
  if (open[0]) return { visitId: open[0].id, isNew: false };

  const visitId = randomUUID();
  await tx.query(
    `INSERT INTO visits (id, nhs_number, at, organisation_code, organisation_name, setting_type,
                         first_checked_by_role, first_lookup_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      visitId,
      nhsNumber,
      at,
      viewer.organisation.code,
      viewer.organisation.name,
      viewer.settingType,
      viewer.role,
      lookupId,
    ],
  );
  await notifyLocalAuthorities(tx, {
    visitId,
    at,
    nhsNumber,
    viewer,
    laCodes: plans.map((plan) => plan.localAuthority.code),
  });
  return { visitId, isNew: true };
}

/**
 * One CP-IS check: reads the plans, writes the audit row and (at an unscheduled setting, for a
 * person with a visible plan) the visit and notifications, all in one transaction. If any write
 * fails the whole lookup fails: an unaudited answer is never given.
 */
export async function performLookup(
  db: Database,
  { nhsNumber, viewer, now, windowHours }: { nhsNumber: string; viewer: Viewer; now: Date; windowHours: number },
): Promise<LookupResult> {
  const lookupId = randomUUID();
  const at = now.toISOString();
  const today = englandDate(now);
  return db.transaction(async (tx) => {
    const plans = await findVisiblePlans(tx, nhsNumber, today);
    const outcome = plans.length > 0 ? 'plans-found' : 'no-plans';
    const visits = plans.length > 0 ? await recentVisits(tx, nhsNumber, VISIT_HISTORY_LIMIT) : [];
    await writeAudit(tx, { lookupId, at, nhsNumber, outcome, viewer });
    const notifies = plans.length > 0 && settingAccess(viewer.settingType) === 'unscheduled';
    const visit = notifies ? await recordVisit(tx, { lookupId, at, nhsNumber, viewer, plans, windowHours }) : undefined;
    return {
      lookupId,
      checkedAt: at,
      nhsNumber,
      outcome,
      plans,
      visits,
      newVisit: visit?.isNew ?? false,
      ...(visit ? { attendanceId: visit.visitId } : {}),
    };
  });
}
