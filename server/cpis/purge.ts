import type { Database, Queryable } from '../db/index.ts';

export interface PurgeCounts {
  plans: number;
  visits: number;
}

/**
 * Removes the access history (visits, with their notifications) of those of these people who no
 * longer have any plan: an LA's delete takes effect at once, not at the next purge.
 */
export async function removeHistoryOfPeopleWithoutPlans(tx: Queryable, nhsNumbers: string[]): Promise<number> {
  if (nhsNumbers.length === 0) return 0;
  const removed = await tx.query(
    `DELETE FROM visits v WHERE v.nhs_number = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.nhs_number = v.nhs_number)
     RETURNING 1`,
    [[...new Set(nhsNumbers)]],
  );
  return removed.length;
}

/**
 * Removes what is past retention: plans ended more than 12 months ago, then the access history of
 * everyone left with no plan, however they came to have none (a purged plan, or an LA that moved a
 * plan to another NHS number). The access audit stays. Counts only are reported, never who.
 * Idempotent: a second run the same day finds nothing.
 */
export async function purgeExpiredIn(tx: Queryable, today: string): Promise<PurgeCounts> {
  const plans = await tx.query('DELETE FROM plans WHERE NOT plan_is_visible(end_date, $1) RETURNING 1', [today]);
  const visits = await tx.query(
    'DELETE FROM visits v WHERE NOT EXISTS (SELECT 1 FROM plans p WHERE p.nhs_number = v.nhs_number) RETURNING 1',
  );
  return { plans: plans.length, visits: visits.length };
}

/** The purge in a transaction of its own (the CLI's `npm run purge`). */
export const purgeExpired = (db: Database, today: string): Promise<PurgeCounts> =>
  db.transaction((tx) => purgeExpiredIn(tx, today));

/**
 * The day's purge, run by whichever replica claims it first: the claim and the purge commit
 * together, so a failed purge leaves the day unclaimed for the next try. Undefined when already run.
 */
export async function purgeOncePerDay(db: Database, today: string, now: Date): Promise<PurgeCounts | undefined> {
  return db.transaction(async (tx) => {
    // A second replica's claim waits here for the first's transaction, then finds the day taken.
    const claimed = await tx.query(
      `INSERT INTO upkeep_runs (task, day, claimed_at) VALUES ('purge', $1, $2)
       ON CONFLICT (task, day) DO NOTHING RETURNING 1`,
      [today, now.toISOString()],
    );
    return claimed.length > 0 ? purgeExpiredIn(tx, today) : undefined;
  });
}
