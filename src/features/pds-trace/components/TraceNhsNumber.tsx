import { Details } from 'nhsuk-react-components';
import { useState } from 'react';
import type { PdsSearchRequest, PdsSearchResponse } from '#contract';
import { ApiClientError } from '../../../lib/api-client.ts';
import { useCreatePdsSearch } from '../api/create-pds-search.ts';
import { TraceForm } from './TraceForm.tsx';
import { ChosenMatch, TraceResults, type TraceFailure } from './TraceResults.tsx';

/** A search on all five details that PDS matched exactly, once: the child is found. */
const chosenByItself = (search: PdsSearchRequest, answer: PdsSearchResponse): string | undefined => {
  const everyDetail = !!(search.givenName && search.gender && search.postcode);
  const [only] = answer.matches;
  return everyDetail && answer.outcome === 'matches' && answer.matches.length === 1 && only!.score >= 1
    ? only!.nhsNumber
    : undefined;
};

/** How a failed trace shows: a refused search goes to the form; anything else is "could not be searched". */
function failureOf(error: Error): { problem?: string; failure?: TraceFailure } {
  if (error instanceof ApiClientError && error.kind === 'http') {
    if (error.code === 'INVALID_REQUEST') return { problem: error.message };
    if (error.status === 403) return { failure: { kind: 'forbidden' } };
    if (error.code === 'RATE_LIMITED') return { failure: { kind: 'unavailable', message: error.message } };
  }
  return { failure: { kind: 'unavailable' } };
}

/** Set when a trace is sent: trace-to-flag (npm run bench) runs from here to the outcome heading in the viewport. */
export const TRACE_SUBMITTED_MARK = 'pds-trace-submitted';

export interface TraceNhsNumberProps {
  /** Called with the chosen child's NHS number (10 digits): the check page fills the field and checks CP-IS. */
  onChoose: (nhsNumber: string) => void;
  /** Open the disclosure at first (stories, tests). */
  open?: boolean;
  /** The NHS number the check page holds now: the chosen person shows beside their own number only. */
  nhsNumber?: string;
  now?: () => Date;
}

/**
 * "Find the NHS number": trace the child on PDS by name, date of birth, gender and postcode, and
 * choose from the matches, best first. One exact match on every detail chooses itself. Choosing
 * folds the panel away, leaving the chosen person in one line to confirm, so that the check's
 * outcome under it is on the first screen; opening the panel again shows the results.
 */
export function TraceNhsNumber({ onChoose, open: openAtFirst = false, nhsNumber, now }: TraceNhsNumberProps) {
  const trace = useCreatePdsSearch();
  const [chosen, setChosen] = useState<string>();
  const [open, setOpen] = useState(openAtFirst);

  const choose = (nhsNumber: string) => {
    setChosen(nhsNumber);
    setOpen(false);
    onChoose(nhsNumber);
  };
  const search = (request: PdsSearchRequest) => {
    if (trace.isPending) return;
    performance.mark(TRACE_SUBMITTED_MARK);
    setChosen(undefined);
    trace.mutate(request, {
      // Choosing runs the CP-IS check at once: an exact match on every detail does not wait for a click.
      onSuccess: (answer) => {
        const nhsNumber = chosenByItself(request, answer);
        if (nhsNumber) choose(nhsNumber);
      },
    });
  };

  const { problem, failure } = trace.error ? failureOf(trace.error) : {};
  const announcement = trace.isPending
    ? 'Searching PDS'
    : failure?.kind === 'unavailable'
      ? 'PDS could not be searched'
      : trace.data?.outcome === 'matches'
        ? `${trace.data.matches.length} ${trace.data.matches.length === 1 ? 'match' : 'matches'} on PDS`
        : trace.data?.outcome === 'no-match'
          ? 'No match on PDS'
          : trace.data?.outcome === 'too-many-matches'
            ? 'Too many matches on PDS'
            : '';

  const chosenMatch = trace.data?.matches.find((match) => match.nhsNumber === chosen);
  const showChosen = chosenMatch && !open && (nhsNumber === undefined || nhsNumber === chosen);

  return (
    <>
      <Details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <Details.Summary>Find the NHS number</Details.Summary>
        <Details.Text>
          <p>Search the Personal Demographics Service (PDS) by the child&apos;s details.</p>
          <TraceForm onSearch={search} serverProblem={problem} now={now} />
          <p className="nhsuk-u-visually-hidden" role="status">
            {announcement}
          </p>
          {trace.isPending ? <p>Searching PDS…</p> : null}
          <TraceResults
            answer={trace.data}
            failure={failure}
            chosen={chosen}
            fuzzy={trace.variables?.fuzzy ?? false}
            onChoose={choose}
            onRetry={() => trace.variables && search(trace.variables)}
            onSearchCloseSpellings={() => trace.variables && search({ ...trace.variables, fuzzy: true })}
          />
        </Details.Text>
      </Details>
      {showChosen ? <ChosenMatch match={chosenMatch} /> : null}
    </>
  );
}
