import { addDays } from '#contract';

/** An open unborn plan this many days past the expected delivery date should have been ended. */
export const UCPP_OVERDUE_DAYS = 28;

// Which plans are visible at all (open, or ended no more than 12 months ago) is the store's
// function plan_is_visible(end_date, today), made by migration 050 and used by every query that
// reads or purges plans. What follows describes a plan already found visible.

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
