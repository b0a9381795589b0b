import { SummaryList, WarningCallout } from 'nhsuk-react-components';
import { formatDate, formatDateTime, type LookupPlan } from '#contract';
import { legalStatusLabels, planTypeLabels } from '../../lib/labels.ts';
import { LocalAuthorityContact } from './LocalAuthorityContact.tsx';

// Older than this, the LA may have changed the plan since its last extract reached CP-IS.
const STALE_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

function PlanDetails({ plan }: { plan: LookupPlan }) {
  if (plan.startDate === undefined) return null;
  return (
    <SummaryList>
      <SummaryList.Row>
        <SummaryList.Key>Start date</SummaryList.Key>
        <SummaryList.Value>{formatDate(plan.startDate)}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>End date</SummaryList.Key>
        <SummaryList.Value>{plan.endDate ? formatDate(plan.endDate) : 'None: the plan is open'}</SummaryList.Value>
      </SummaryList.Row>
      {plan.legalStatus ? (
        <SummaryList.Row>
          <SummaryList.Key>Legal status</SummaryList.Key>
          <SummaryList.Value>{legalStatusLabels[plan.legalStatus]}</SummaryList.Value>
        </SummaryList.Row>
      ) : null}
      {plan.expectedDeliveryDate ? (
        <SummaryList.Row>
          <SummaryList.Key>Expected delivery date</SummaryList.Key>
          <SummaryList.Value>{formatDate(plan.expectedDeliveryDate)}</SummaryList.Value>
        </SummaryList.Row>
      ) : null}
    </SummaryList>
  );
}

/** One plan as an NHS warning callout: what it is, whether it is open, and whom to call. */
export function PlanCallout({ plan, now }: { plan: LookupPlan; now: Date }) {
  const stale = plan.dataAsOf === null || now.getTime() - Date.parse(plan.dataAsOf) > STALE_AFTER_MS;
  return (
    <WarningCallout>
      <WarningCallout.Heading headingLevel="h3">{planTypeLabels[plan.type]}</WarningCallout.Heading>
      <p>
        {plan.status === 'active'
          ? 'This plan is active.'
          : `This plan has ended${plan.endDate ? ` (${formatDate(plan.endDate)})` : ''}. CP-IS shows plans for 12 months after they end.`}
      </p>
      {plan.overdue ? (
        <p>
          <strong>
            The expected delivery date has passed by more than 28 days and this plan is still open. The local authority
            should have ended it or started a plan for the baby: tell them.
          </strong>
        </p>
      ) : null}
      <PlanDetails plan={plan} />
      <LocalAuthorityContact localAuthority={plan.localAuthority} now={now} />
      <p className="nhsuk-u-margin-bottom-0">
        {plan.dataAsOf
          ? `Last received from the local authority: ${formatDateTime(plan.dataAsOf)}.`
          : 'The local authority has not sent an update yet.'}
        {stale ? (
          <strong> This is more than 2 days old: call the local authority to check the plan is current.</strong>
        ) : null}
      </p>
    </WarningCallout>
  );
}
