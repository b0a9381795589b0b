import type { LookupPlan } from '#contract';
import { planTypeLabels } from '../../lib/labels.ts';
import { CallNow } from './CallNow.tsx';
import { PlanStatusTag } from './PlanStatusTag.tsx';

/** The first lines of a plan, read at a glance: what it is, whether it is active, and whom to call now. */
export function PlanSummary({ plan, now }: { plan: LookupPlan; now: Date }) {
  return (
    <div className="app-plan-summary">
      <h3 className="app-plan-summary__type">
        {planTypeLabels[plan.type]} <PlanStatusTag plan={plan} />
      </h3>
      <CallNow localAuthority={plan.localAuthority} now={now} />
    </div>
  );
}
