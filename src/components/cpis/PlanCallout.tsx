import { WarningCallout } from 'nhsuk-react-components';
import type { LookupPlan } from '#contract';
import { PlanDetails } from './PlanDetails.tsx';
import { PlanSummary } from './PlanSummary.tsx';

/** One plan whole, as an NHS warning callout: its first lines (what, status, whom to call now), then its details. */
export function PlanCallout({ plan, now }: { plan: LookupPlan; now: Date }) {
  return (
    <WarningCallout>
      <PlanSummary plan={plan} now={now} />
      <PlanDetails plan={plan} now={now} />
    </WarningCallout>
  );
}
