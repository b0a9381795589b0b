import { formatDate, type LookupPlan } from '#contract';

/** Active or ended, as a tag: an ended plan must not look like an active one. */
export function PlanStatusTag({ plan }: { plan: Pick<LookupPlan, 'status' | 'endDate'> }) {
  if (plan.status === 'active') return <strong className="nhsuk-tag nhsuk-tag--red app-status-tag">Active</strong>;
  return (
    <strong className="nhsuk-tag nhsuk-tag--grey app-status-tag">
      {plan.endDate ? `Ended on ${formatDate(plan.endDate)}` : 'Ended'}
    </strong>
  );
}
