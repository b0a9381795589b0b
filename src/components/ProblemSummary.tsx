import { ErrorSummary } from 'nhsuk-react-components';

/** One problem to fix: linked to its field (`href`), or about the whole form when it has none. */
export interface Problem {
  message: string;
  href?: string;
}

/**
 * The NHS error summary at the top of a form. It takes focus when it appears, unless told not to
 * (an error found while typing must not pull the keyboard away); give it a new `key` per attempt so
 * that it takes focus again each time.
 */
export function ProblemSummary({ problems, takeFocus = true }: { problems: Problem[]; takeFocus?: boolean }) {
  if (problems.length === 0) return null;
  return (
    <ErrorSummary disableAutoFocus={!takeFocus}>
      <ErrorSummary.Title>There is a problem</ErrorSummary.Title>
      <ErrorSummary.List>
        {problems.map((problem) =>
          problem.href ? (
            <ErrorSummary.ListItem key={problem.message} href={problem.href}>
              {problem.message}
            </ErrorSummary.ListItem>
          ) : (
            <li key={problem.message}>{problem.message}</li>
          ),
        )}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
