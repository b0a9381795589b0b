import { SummaryList } from 'nhsuk-react-components';
import { formatDate, formatNhsNumber, type LookupPlan, type LookupResponse } from '#contract';
import { PlanDetails } from '../../../components/cpis/PlanDetails.tsx';
import { PlanStatusTag } from '../../../components/cpis/PlanStatusTag.tsx';
import { PlanSummary } from '../../../components/cpis/PlanSummary.tsx';
import { VisitsTable } from '../../../components/cpis/VisitsTable.tsx';
import { planTypeLabels } from '../../../lib/labels.ts';
import { Outcome } from './Outcome.tsx';

function PersonToConfirm({ lookup }: { lookup: LookupResponse }) {
  if (!lookup.person) return null;
  const onlyUnborn = lookup.plans.every((plan) => plan.type === 'UCPP');
  return (
    <>
      <h2 className="nhsuk-heading-m">
        Check these details match the {onlyUnborn ? 'woman (the plan is for her unborn child)' : 'child'} in front of
        you
      </h2>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Name</SummaryList.Key>
          <SummaryList.Value>
            {lookup.person.givenName} {lookup.person.familyName}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Date of birth</SummaryList.Key>
          <SummaryList.Value>{formatDate(lookup.person.dateOfBirth)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>NHS number</SummaryList.Key>
          <SummaryList.Value>{formatNhsNumber(lookup.nhsNumber)}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
    </>
  );
}

/** "CP-IS: 2 plans found" and the status of each, in the heading itself: one plan's own tag, or counts. */
function PlansFoundHeading({ plans }: { plans: LookupPlan[] }) {
  const active = plans.filter((plan) => plan.status === 'active').length;
  const ended = plans.length - active;
  return (
    <>
      CP-IS: {plans.length === 1 ? '1 plan found' : `${plans.length} plans found`}{' '}
      {plans.length === 1 ? (
        <PlanStatusTag plan={plans[0]!} />
      ) : (
        <>
          {active > 0 ? <strong className="nhsuk-tag nhsuk-tag--red app-status-tag">{active} active</strong> : null}{' '}
          {ended > 0 ? <strong className="nhsuk-tag nhsuk-tag--grey app-status-tag">{ended} ended</strong> : null}
        </>
      )}
    </>
  );
}

const planKey = (plan: LookupPlan, index: number) => `${plan.localAuthority.code}-${plan.type}-${index}`;

/**
 * What CP-IS holds for one NHS number, as this role may see it, from the glance outward: the
 * outcome with each plan's type, status and number to call now; the person to confirm; each plan's
 * details; the visits.
 */
export function LookupResult({ lookup, now }: { lookup: LookupResponse; now: Date }) {
  if (lookup.outcome === 'no-plans') {
    return (
      <Outcome kind="none" heading="No CP-IS information for this NHS number">
        <p>
          This does not mean there are no safeguarding concerns. CP-IS only covers local authorities in England: follow
          your local safeguarding procedure if you are worried about a child.
        </p>
        <p className="nhsuk-u-margin-bottom-0">
          CP-IS holds no child protection plan, looked after status or unborn child protection plan for{' '}
          {formatNhsNumber(lookup.nhsNumber)}.
        </p>
      </Outcome>
    );
  }
  return (
    <>
      <Outcome kind="flag" heading={<PlansFoundHeading plans={lookup.plans} />}>
        {lookup.plans.map((plan, index) => (
          <PlanSummary key={planKey(plan, index)} plan={plan} now={now} />
        ))}
      </Outcome>
      <PersonToConfirm lookup={lookup} />
      {lookup.plans.map((plan, index) => (
        <section key={planKey(plan, index)} aria-labelledby={`plan-details-${index}`}>
          <h2 className="nhsuk-heading-m" id={`plan-details-${index}`}>
            {planTypeLabels[plan.type]}: details
          </h2>
          <PlanDetails plan={plan} now={now} />
        </section>
      ))}
      {lookup.visits ? <VisitsTable visits={lookup.visits} /> : null}
    </>
  );
}
