import { Button, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { formatNhsNumber, nhsNumberProblem, nhsNumberProblemMessages, stripNhsNumber } from '#contract';
import { ApiClientError } from '../../../lib/api-client.ts';
import { planTypeLabels } from '../../../lib/labels.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useDrafts } from '../../../stores/drafts.ts';
import { useCreateLookup } from '../api/create-lookup.ts';
import { CHECK_STARTED_MARK, LookupResult } from './LookupResult.tsx';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';
import { useEveryMinute } from '../../../lib/use-every-minute.ts';

const FORM = 'cpis-check';
const FIELD_ID = 'nhs-number';

type Failure =
  | { kind: 'invalid'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'session' }
  | { kind: 'unavailable'; message?: string };

/** How a failed check shows. Anything but a clear client fault is "could not be checked", never "no plans". */
function failureOf(error: Error): Failure {
  if (error instanceof ApiClientError && error.kind === 'http') {
    if (error.code === 'INVALID_NHS_NUMBER') return { kind: 'invalid', message: error.message };
    if (error.code === 'UNAUTHENTICATED') return { kind: 'session' };
    if (error.status === 403) return { kind: 'forbidden' };
    if (error.code === 'RATE_LIMITED') return { kind: 'unavailable', message: error.message };
  }
  return { kind: 'unavailable' };
}

/**
 * Registration: type the NHS number, and CP-IS is checked the moment it is a valid 10-digit number
 * (or on "Check CP-IS"). Each check is exactly one request; changing the number clears the result
 * at once, so a result never sits beside another child's number.
 */
export function CheckPage({ now = () => new Date() }: { now?: () => Date }) {
  const input = useDrafts((state) => state.drafts[FORM]?.nhsNumber ?? '');
  const saveDraft = useDrafts((state) => state.saveDraft);
  const lookup = useCreateLookup();
  useEveryMinute();
  const [fieldError, setFieldError] = useState<string>();
  const [focusSummary, setFocusSummary] = useState(false);

  const setInput = (value: string) => saveDraft(FORM, { nhsNumber: value });
  const check = (digits: string) => {
    // Time-to-flag (npm run bench) runs from this mark to the one LookupResult sets once painted.
    performance.mark(CHECK_STARTED_MARK);
    setInput(formatNhsNumber(digits));
    lookup.mutate(digits);
  };

  const onChange = (value: string) => {
    setInput(value);
    lookup.reset();
    setFieldError(undefined);
    const digits = stripNhsNumber(value);
    if (!/^\d{10,}$/.test(digits)) return;
    const problem = nhsNumberProblem(digits);
    if (problem) {
      setFocusSummary(false);
      setFieldError(nhsNumberProblemMessages[problem]);
    } else check(digits);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = nhsNumberProblem(input);
    setFocusSummary(true);
    if (problem) {
      lookup.reset();
      setFieldError(nhsNumberProblemMessages[problem]);
    } else {
      setFieldError(undefined);
      check(stripNhsNumber(input));
    }
  };

  const current = stripNhsNumber(input);
  const showing = lookup.variables === current;
  const failure = showing && lookup.error ? failureOf(lookup.error) : undefined;
  const error = fieldError ?? (failure?.kind === 'invalid' ? failure.message : undefined);
  usePageTitle('Check CP-IS', error !== undefined);

  const announcement = !showing
    ? ''
    : lookup.isPending
      ? 'Checking CP-IS'
      : lookup.data?.outcome === 'plans-found'
        ? `CP-IS information found: ${lookup.data.plans.map((plan) => planTypeLabels[plan.type]).join(', ')}`
        : lookup.data
          ? 'No CP-IS information for this NHS number'
          : failure?.kind === 'unavailable'
            ? 'CP-IS could not be checked'
            : '';

  return (
    <>
      <ProblemSummary
        key={`${error}-${focusSummary}`}
        problems={error ? [{ message: error, href: `#${FIELD_ID}` }] : []}
        takeFocus={focusSummary}
      />
      <h1>Check CP-IS</h1>
      <p>
        Check whether a child is on a child protection plan or looked after, or whether a pregnant woman&apos;s unborn
        child is on a plan.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id={FIELD_ID}
          name="nhsNumber"
          label="NHS number"
          labelProps={{ size: 'm' }}
          hint="A 10 digit number, like 943 476 5919. CP-IS is checked as soon as you enter all 10 digits."
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={10}
          value={input}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <Button type="submit">Check CP-IS</Button>
      </form>
      <p className="nhsuk-u-visually-hidden" role="status">
        {announcement}
      </p>
      {showing && lookup.isPending ? <p>Checking CP-IS…</p> : null}
      {showing && lookup.data ? <LookupResult lookup={lookup.data} now={now()} /> : null}
      {failure?.kind === 'unavailable' ? (
        <section aria-labelledby="cpis-result-heading">
          <h2 id="cpis-result-heading">CP-IS could not be checked: follow your local safeguarding procedure</h2>
          <p>
            {failure.message ??
              'The check did not complete, so we do not know whether CP-IS holds anything for this child.'}
          </p>
          <Button secondary onClick={() => check(current)}>
            Check CP-IS again
          </Button>
        </section>
      ) : null}
      {failure?.kind === 'forbidden' ? (
        <section aria-labelledby="cpis-result-heading">
          <h2 id="cpis-result-heading">You do not have permission to check CP-IS</h2>
          <p>Ask your organisation&apos;s registration authority to add CP-IS access to your role.</p>
        </section>
      ) : null}
    </>
  );
}
