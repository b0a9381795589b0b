import { randomUUID } from 'node:crypto';
import { englandDate, VISIT_HISTORY_LIMIT } from '#contract';
import type { Database } from '../db/index.ts';
import { viewerColumns, type Viewer } from './audit.ts';
import { toVisiblePlans, type PlanRecord, type VisiblePlan } from './plans.ts';
import { settingAccess } from './settings.ts';
import { toVisits, type Visit, type VisitRecord } from './visits.ts';

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

/** An attempt to count against the caller's limit before looking up (the limit is the caller's business). */
export interface LookupAttempt {
  /** The count's key and window in the store's rate_counts. */
  subject: string;
  windowStart: string;
  windowEnd: string;
  /** Attempts allowed in the window: one over it, nothing is looked up or audited. */
  max: number;
}

/** The attempt was over its limit: nothing was looked up. */
export class LookupRefusedError extends Error {
  constructor(readonly attempts: number) {
    super('Over the lookup limit');
    this.name = 'LookupRefusedError';
  }
}

type LookupRecord =
  | { refused_attempts: number }
  | { plans: PlanRecord[]; visits: VisitRecord[]; visit_id: string | null; is_new: boolean };

const CPIS_LOOKUP = `SELECT cpis_lookup(${Array.from({ length: 20 }, (_, i) => `$${i + 1}`).join(', ')}) AS lookup`;

/**
 * One CP-IS check: reads the plans, writes the audit row and (at an unscheduled setting, for a
 * person with a visible plan) the visit and notifications. One statement, the store's function
 * cpis_lookup (migration 050), so one round trip and one transaction: if any write fails the whole
 * lookup fails, and an unaudited answer is never given. The first lookup of a person at an
 * organisation within the attendance window opens the visit and notifies each responsible LA once.
 * Given an `attempt`, the same statement counts it first, and throws LookupRefusedError when over.
 */
export async function performLookup(
  db: Database,
  {
    nhsNumber,
    viewer,
    now,
    windowHours,
    attempt,
  }: { nhsNumber: string; viewer: Viewer; now: Date; windowHours: number; attempt?: LookupAttempt },
): Promise<LookupResult> {
  const lookupId = randomUUID();
  const at = now.toISOString();
  const today = englandDate(now);
  const [row] = await db.query<{ lookup: LookupRecord }>(CPIS_LOOKUP, [
    lookupId,
    nhsNumber,
    at,
    today,
    ...viewerColumns(viewer),
    settingAccess(viewer.settingType) === 'unscheduled',
    windowHours,
    VISIT_HISTORY_LIMIT,
    randomUUID(),
    attempt?.subject ?? null,
    attempt?.windowStart ?? null,
    attempt?.windowEnd ?? null,
    attempt?.max ?? null,
  ]);
  const lookup = row!.lookup;
  if ('refused_attempts' in lookup) throw new LookupRefusedError(lookup.refused_attempts);
  const { plans, visits, visit_id: visitId, is_new: newVisit } = lookup;
  return {
    lookupId,
    checkedAt: at,
    nhsNumber,
    outcome: plans.length > 0 ? 'plans-found' : 'no-plans',
    plans: toVisiblePlans(plans, today),
    visits: toVisits(visits),
    newVisit,
    ...(visitId ? { attendanceId: visitId } : {}),
  };
}
