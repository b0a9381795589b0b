import { Button, TextInput } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { stripNhsNumber } from '#contract';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useEveryMinute } from '../../../lib/use-every-minute.ts';
import { useCpisCheck } from '../use-cpis-check.ts';
import { CheckFailure } from './CheckFailure.tsx';
import { LookupResult } from './LookupResult.tsx';

const FIELD_ID = 'nhs-number';

export interface CheckPageProps {
  now?: () => Date;
  /**
   * A way to find the NHS number (the PDS trace, composed in src/app: features do not import each
   * other), shown under the field. `choose` fills the field and checks CP-IS at once; `nhsNumber` is
   * the number in the field now (10 digits or what was typed, unspaced).
   */
  findNhsNumber?: (choose: (nhsNumber: string) => void, nhsNumber: string) => ReactNode;
}

/**
 * Registration: the NHS number field, and the outcome directly under it, so that the flag and the
 * number to call are on the first screen at 1366 x 768. The rules live in useCpisCheck().
 */
export function CheckPage({ now = () => new Date(), findNhsNumber }: CheckPageProps) {
  const check = useCpisCheck();
  useEveryMinute();
  usePageTitle('Check CP-IS', check.error !== undefined);
  const { state } = check;

  const choose = (nhsNumber: string) => {
    check.choose(nhsNumber);
    // Chosen further down the page: back to the first screen, where the outcome shows under the
    // field as for a typed number, with focus on the field that now holds the number.
    document.getElementById(FIELD_ID)?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <ProblemSummary
        key={`${check.error}-${check.focusSummary}`}
        problems={check.error ? [{ message: check.error, href: `#${FIELD_ID}` }] : []}
        takeFocus={check.focusSummary}
      />
      <h1 className="nhsuk-heading-l nhsuk-u-margin-bottom-2">Check CP-IS</h1>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-3">
        Check whether a child is on a child protection plan or looked after, or whether a pregnant woman&apos;s unborn
        child is on a plan.
      </p>
      <form className="app-check-form" onSubmit={check.onSubmit} noValidate>
        <TextInput
          id={FIELD_ID}
          name="nhsNumber"
          label="NHS number"
          labelProps={{ size: 's' }}
          hint="A 10 digit number, like 943 476 5919. CP-IS is checked as soon as you enter all 10 digits."
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={10}
          value={check.input}
          error={check.error}
          onChange={(event) => check.onChange(event.currentTarget.value)}
        />
        <Button type="submit">Check CP-IS</Button>
      </form>
      {findNhsNumber?.(choose, stripNhsNumber(check.input))}
      <p className="nhsuk-u-visually-hidden" role="status">
        {check.announcement}
      </p>
      {state.kind === 'checking' ? <p>Checking CP-IS…</p> : null}
      {state.kind === 'result' ? <LookupResult lookup={state.lookup} now={now()} /> : null}
      {state.kind === 'failure' ? <CheckFailure failure={state.failure} onCheckAgain={check.checkAgain} /> : null}
    </>
  );
}
