import { addDays } from '#contract';

/** A plan stays visible this long after it ends, then is purged (CP-IS rule). */
export const RETENTION_MONTHS = 12;
/** An open unborn plan this many days past the expected delivery date should have been ended. */
export const UCPP_OVERDUE_DAYS = 28;

/**
 * SQL predicate, the one definition of "visible": the plan is open, or ended no more than
 * RETENTION_MONTHS ago. `$today` is the parameter holding today's date in England.
 */
export const visiblePlanSql = (today: string) =>
  `(end_date IS NULL OR end_date + interval '${RETENTION_MONTHS} months' >= ${today}::date)`;

export type PlanStatus = 'active' | 'ended';

/** A plan whose end date has not yet come is still active. */
export const planStatus = (endDate: string | null, today: string): PlanStatus =>
  endDate !== null && endDate < today ? 'ended' : 'active';

/** An open unborn plan long past its due date: the LA should have ended it or opened one for the baby. */
export const isOverdueUnbornPlan = (
  plan: { planType: string; endDate: string | null; expectedDeliveryDate: string | null },
  today: string,
): boolean =>
  plan.planType === 'UCPP' &&
  plan.expectedDeliveryDate !== null &&
  planStatus(plan.endDate, today) === 'active' &&
  addDays(plan.expectedDeliveryDate, UCPP_OVERDUE_DAYS) < today;
