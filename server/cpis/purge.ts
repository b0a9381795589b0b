import type { Database } from '../db/index.ts';
import { visiblePlanSql } from './visibility.ts';

export interface PurgeCounts {
  plans: number;
  visits: number;
}

/**
 * Removes what is past retention: plans ended more than 12 months ago, then the access history
 * (visits, with their notifications) of people left with no visible plan. The access audit stays.
 * Counts only are reported, never who. Idempotent, so replicas sharing one PostgreSQL may all run it.
 */
export async function purgeExpired(db: Database, today: string): Promise<PurgeCounts> {
  return db.transaction(async (tx) => {
    const plans = await tx.query(`DELETE FROM plans WHERE NOT ${visiblePlanSql('$1')} RETURNING 1`, [today]);
    const visits = await tx.query(
      `DELETE FROM visits v WHERE NOT EXISTS (SELECT 1 FROM plans p WHERE p.nhs_number = v.nhs_number) RETURNING 1`,
    );
    return { plans: plans.length, visits: visits.length };
  });
}
