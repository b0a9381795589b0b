import { SummaryList } from 'nhsuk-react-components';
import { useEffect } from 'react';
import { formatDate, formatNhsNumber, type LookupResponse } from '#contract';
import { PlanCallout } from '../../../components/cpis/PlanCallout.tsx';
import { VisitsTable } from '../../../components/cpis/VisitsTable.tsx';

function PersonToConfirm({ lookup }: { lookup: LookupResponse }) {
  if (!lookup.person) return null;
  const onlyUnborn = lookup.plans.every((plan) => plan.type === 'UCPP');
  return (
    <>
      <p>
        Check these details match the {onlyUnborn ? 'woman (the plan is for her unborn child)' : 'child'} in front of
        you.
      </p>
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

export const CHECK_STARTED_MARK = 'cpis-check:started';
export const RESULT_PAINTED_MARK = 'cpis-check:painted';

/** Marks the frame after this result is on screen: what time-to-flag measures. */
function useResultPaintedMark(lookupId: string) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => performance.mark(RESULT_PAINTED_MARK, { detail: lookupId }));
    return () => cancelAnimationFrame(frame);
  }, [lookupId]);
}

/** What CP-IS holds for one NHS number, as this role may see it. */
export function LookupResult({ lookup, now }: { lookup: LookupResponse; now: Date }) {
  useResultPaintedMark(lookup.lookupId);
  if (lookup.outcome === 'no-plans') {
    return (
      <section aria-labelledby="cpis-result-heading">
        <h2 id="cpis-result-heading">No CP-IS information for this NHS number</h2>
        <p>
          CP-IS holds no child protection plan, looked after status or unborn child protection plan for{' '}
          {formatNhsNumber(lookup.nhsNumber)}.
        </p>
        <p>
          This does not mean there are no safeguarding concerns. CP-IS only covers local authorities in England: follow
          your local safeguarding procedure if you are worried about a child.
        </p>
      </section>
    );
  }
  const count = lookup.plans.length;
  return (
    <section aria-labelledby="cpis-result-heading">
      <h2 id="cpis-result-heading">{count === 1 ? 'CP-IS: 1 plan found' : `CP-IS: ${count} plans found`}</h2>
      <PersonToConfirm lookup={lookup} />
      {lookup.plans.map((plan, index) => (
        <PlanCallout key={`${plan.localAuthority.code}-${plan.type}-${index}`} plan={plan} now={now} />
      ))}
      {lookup.visits ? <VisitsTable visits={lookup.visits} /> : null}
    </section>
  );
}
