import { Button } from 'nhsuk-react-components';
import type { CheckFailureKind } from '../use-cpis-check.ts';
import { Outcome } from './Outcome.tsx';

/**
 * A check that did not give an answer. "Could not be checked" has error styling and its own words,
 * so it can never be read as "no information"; the number in the field is checked again on request.
 */
export function CheckFailure({ failure, onCheckAgain }: { failure: CheckFailureKind; onCheckAgain: () => void }) {
  if (failure.kind === 'unavailable') {
    return (
      <Outcome kind="failed" heading="CP-IS could not be checked: follow your local safeguarding procedure">
        <p>
          {failure.message ??
            'The check did not complete, so we do not know whether CP-IS holds anything for this child.'}
        </p>
        <Button secondary className="nhsuk-u-margin-bottom-0" onClick={onCheckAgain}>
          Check CP-IS again
        </Button>
      </Outcome>
    );
  }
  if (failure.kind === 'forbidden') {
    return (
      <section aria-labelledby="cpis-result-heading">
        <h2 id="cpis-result-heading">You do not have permission to check CP-IS</h2>
        <p>Ask your organisation&apos;s registration authority to add CP-IS access to your role.</p>
      </section>
    );
  }
  // An invalid number shows on the field; an ended session takes the user to sign in.
  return null;
}
