import type { ReactNode } from 'react';

export type OutcomeKind = 'flag' | 'none' | 'failed';

// Each outcome has its own shape and icon as well as its own colour, so they are told apart without
// colour: a warning triangle in a heavy box (a plan), an "i" on a side bar (no information, which is
// not an all-clear: no tick, no green), a cross in a red box (the check failed).
const icons: Record<OutcomeKind, ReactNode> = {
  flag: <path d="M24 3 46 43H2Z M22 17h4v14h-4Z M22 34h4v4h-4Z" fillRule="evenodd" />,
  none: (
    <path
      d="M24 2a22 22 0 1 0 0 44 22 22 0 0 0 0-44Zm0 4a18 18 0 1 1 0 36 18 18 0 0 1 0-36Zm-2 8h4v4h-4Zm0 8h4v14h-4Z"
      fillRule="evenodd"
    />
  ),
  failed: (
    <path
      d="M24 2a22 22 0 1 0 0 44 22 22 0 0 0 0-44Zm-8.5 10.7L24 21.2l8.5-8.5 2.8 2.8-8.5 8.5 8.5 8.5-2.8 2.8-8.5-8.5-8.5 8.5-2.8-2.8 8.5-8.5-8.5-8.5Z"
      fillRule="evenodd"
    />
  ),
};

/**
 * The outcome of a check, directly under the NHS number field: one of three kinds, each with its
 * heading (h2, id cpis-result-heading) first and the facts to act on in its first lines.
 */
export function Outcome({ kind, heading, children }: { kind: OutcomeKind; heading: ReactNode; children: ReactNode }) {
  return (
    <section className={`app-outcome app-outcome--${kind}`} aria-labelledby="cpis-result-heading">
      <div className="app-outcome__header">
        <svg className="app-outcome__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          {icons[kind]}
        </svg>
        <h2 className="app-outcome__heading" id="cpis-result-heading">
          {heading}
        </h2>
      </div>
      {children}
    </section>
  );
}
