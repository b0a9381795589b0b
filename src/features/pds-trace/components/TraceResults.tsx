import { Button, SummaryList } from 'nhsuk-react-components';
import { formatDate, formatNhsNumber, type PdsMatch, type PdsSearchResponse } from '#contract';

const genderWords: Record<PdsMatch['gender'], string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not known',
};

/** PDS's score in words: 1 is exact on every detail searched; 0.85 and up is close (NHS matching practice). */
export const closeness = (score: number): string =>
  score >= 1 ? 'Exact match' : score >= 0.85 ? 'Close match' : 'Possible match';

const fullName = (match: PdsMatch) => [match.givenName, match.familyName].filter(Boolean).join(' ');

/** The chosen person in one line, for when the results are folded away: to confirm with the family. */
export function ChosenMatch({ match }: { match: PdsMatch }) {
  const where = match.restricted ? 'restricted record: address hidden' : (match.postcode ?? 'no postcode recorded');
  return (
    <p className="nhsuk-body-s app-trace-chosen">
      Chosen from PDS: <strong>{fullName(match)}</strong>, born {formatDate(match.dateOfBirth)},{' '}
      {match.gender === 'unknown' ? 'gender not known' : genderWords[match.gender].toLowerCase()}, {where} (
      {closeness(match.score).toLowerCase()})
    </p>
  );
}

export type TraceFailure = { kind: 'unavailable'; message?: string } | { kind: 'forbidden' };

export interface TraceResultsProps {
  answer?: PdsSearchResponse;
  failure?: TraceFailure;
  /** The NHS number chosen (by the user, or by an exact match on every detail). */
  chosen?: string;
  /** Whether the search asked for close spellings already. */
  fuzzy: boolean;
  onChoose: (nhsNumber: string) => void;
  onRetry: () => void;
  onSearchCloseSpellings: () => void;
}

function MatchCard({ match, chosen, onChoose }: { match: PdsMatch; chosen: boolean; onChoose: () => void }) {
  const name = fullName(match);
  return (
    <li className="nhsuk-card nhsuk-u-margin-bottom-4">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          {name} <span className="nhsuk-body-s">({closeness(match.score).toLowerCase()})</span>
        </h3>
        <SummaryList noBorder>
          <SummaryList.Row>
            <SummaryList.Key>NHS number</SummaryList.Key>
            <SummaryList.Value>{formatNhsNumber(match.nhsNumber)}</SummaryList.Value>
          </SummaryList.Row>
          <SummaryList.Row>
            <SummaryList.Key>Date of birth</SummaryList.Key>
            <SummaryList.Value>{formatDate(match.dateOfBirth)}</SummaryList.Value>
          </SummaryList.Row>
          <SummaryList.Row>
            <SummaryList.Key>Gender</SummaryList.Key>
            <SummaryList.Value>{genderWords[match.gender]}</SummaryList.Value>
          </SummaryList.Row>
          <SummaryList.Row>
            <SummaryList.Key>Postcode</SummaryList.Key>
            <SummaryList.Value>
              {match.restricted ? 'Restricted record: address hidden' : (match.postcode ?? 'Not recorded')}
            </SummaryList.Value>
          </SummaryList.Row>
        </SummaryList>
        {chosen ? (
          <p className="nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-0">
            Chosen: CP-IS is checked for this NHS number
          </p>
        ) : (
          <Button secondary className="nhsuk-u-margin-bottom-0" onClick={onChoose}>
            Choose <span className="nhsuk-u-visually-hidden">{`${name}, ${formatNhsNumber(match.nhsNumber)}`}</span>
          </Button>
        )}
      </div>
    </li>
  );
}

/** What a trace found, in every state: matches best first, none, too many, or PDS not searched. */
export function TraceResults({
  answer,
  failure,
  chosen,
  fuzzy,
  onChoose,
  onRetry,
  onSearchCloseSpellings,
}: TraceResultsProps) {
  if (failure?.kind === 'forbidden') {
    return (
      <section aria-labelledby="trace-result-heading">
        <h2 id="trace-result-heading">You do not have permission to search PDS</h2>
        <p>Ask your organisation&apos;s registration authority to add patient trace to your role.</p>
      </section>
    );
  }
  if (failure) {
    return (
      <section aria-labelledby="trace-result-heading">
        <h2 id="trace-result-heading">PDS could not be searched</h2>
        <p>
          {failure.message ??
            'The search did not complete, so we do not know whether PDS holds this child. This is not the same as no match.'}
        </p>
        <p>Search again, or ask the family or the child&apos;s GP practice for the NHS number.</p>
        <Button secondary onClick={onRetry}>
          Search PDS again
        </Button>
      </section>
    );
  }
  if (!answer) return null;
  if (answer.outcome === 'too-many-matches') {
    return (
      <section aria-labelledby="trace-result-heading">
        <h2 id="trace-result-heading">Too many matches on PDS</h2>
        <p>More than 10 people have these details. To narrow the search, add:</p>
        <ul>
          <li>the given name</li>
          <li>the gender</li>
          <li>the postcode</li>
        </ul>
      </section>
    );
  }
  if (answer.outcome === 'no-match') {
    return (
      <section aria-labelledby="trace-result-heading">
        <h2 id="trace-result-heading">No match on PDS</h2>
        <p>PDS has nobody with these details. To widen the search:</p>
        <ul>
          <li>check the spelling of the names and the date of birth</li>
          <li>leave out the postcode or gender: the family may have moved, or PDS may hold an older record</li>
          {fuzzy ? null : <li>search again including close spellings</li>}
        </ul>
        {fuzzy ? null : (
          <Button secondary onClick={onSearchCloseSpellings}>
            Search again including close spellings
          </Button>
        )}
      </section>
    );
  }
  const count = answer.matches.length;
  return (
    <section aria-labelledby="trace-result-heading">
      <h2 id="trace-result-heading">{count === 1 ? '1 match on PDS' : `${count} matches on PDS`}</h2>
      <p>Best match first. Check the details with the family, then choose the child.</p>
      <ol className="nhsuk-list">
        {answer.matches.map((match) => (
          <MatchCard
            key={match.nhsNumber}
            match={match}
            chosen={chosen === match.nhsNumber}
            onChoose={() => onChoose(match.nhsNumber)}
          />
        ))}
      </ol>
    </section>
  );
}
