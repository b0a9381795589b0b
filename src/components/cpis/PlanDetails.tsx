import { SummaryList } from 'nhsuk-react-components';
import { formatDate, formatDateTime, type LookupPlan } from '#contract';
import { legalStatusLabels } from '../../lib/labels.ts';
import { LocalAuthorityContact } from './LocalAuthorityContact.tsx';

// Older than this, the LA may have changed the plan since its last extract reached CP-IS.
const STALE_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

/** What a role may see of a plan beyond its first lines: dates, legal status, both LA numbers, how fresh it is. */
export function PlanDetails({ plan, now }: { plan: LookupPlan; now: Date }) {
  const stale = plan.dataAsOf === null || now.getTime() - Date.parse(plan.dataAsOf) > STALE_AFTER_MS;
  return (
    <>
      {plan.status === 'ended' ? <p>This plan has ended. CP-IS shows plans for 12 months after they end.</p> : null}
      {plan.overdue ? (
        <p>
          <strong>
            The expected delivery date has passed by more than 28 days and this plan is still open. The local authority
            should have ended it or started a plan for the baby: tell them.
          </strong>
        </p>
      ) : null}
      <SummaryList className="nhsuk-u-margin-bottom-4">
        <SummaryList.Row>
          <SummaryList.Key>Local authority</SummaryList.Key>
          <SummaryList.Value>{plan.localAuthority.name}</SummaryList.Value>
        </SummaryList.Row>
        {plan.startDate !== undefined ? (
          <>
            <SummaryList.Row>
              <SummaryList.Key>Start date</SummaryList.Key>
              <SummaryList.Value>{formatDate(plan.startDate)}</SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>End date</SummaryList.Key>
              <SummaryList.Value>
                {plan.endDate ? formatDate(plan.endDate) : 'None: the plan is open'}
              </SummaryList.Value>
            </SummaryList.Row>
          </>
        ) : null}
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
      <LocalAuthorityContact localAuthority={plan.localAuthority} />
      <p className="nhsuk-u-margin-bottom-0">
        {plan.dataAsOf
          ? `Last received from the local authority: ${formatDateTime(plan.dataAsOf)}.`
          : 'The local authority has not sent an update yet.'}
        {stale ? (
          <strong> This is more than 2 days old: call the local authority to check the plan is current.</strong>
        ) : null}
      </p>
    </>
  );
}
