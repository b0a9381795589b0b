import { useState, type FormEvent } from 'react';
import {
  formatNhsNumber,
  nhsNumberProblem,
  nhsNumberProblemMessages,
  stripNhsNumber,
  type LookupResponse,
} from '#contract';
import { ApiClientError } from '../../lib/api-client.ts';
import { planTypeLabels } from '../../lib/labels.ts';
import { useDrafts } from '../../stores/drafts.ts';
import { useCreateLookup } from './api/create-lookup.ts';

const FORM = 'cpis-check';
export const CHECK_STARTED_MARK = 'cpis-check:started';

export type CheckFailureKind =
  | { kind: 'invalid'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'session' }
  | { kind: 'unavailable'; message?: string };

/** How a failed check shows. Anything but a clear client fault is "could not be checked", never "no plans". */
export function failureOf(error: Error): CheckFailureKind {
  if (error instanceof ApiClientError && error.kind === 'http') {
    if (error.code === 'INVALID_NHS_NUMBER') return { kind: 'invalid', message: error.message };
    if (error.code === 'UNAUTHENTICATED') return { kind: 'session' };
    if (error.status === 403) return { kind: 'forbidden' };
    if (error.code === 'RATE_LIMITED') return { kind: 'unavailable', message: error.message };
  }
  return { kind: 'unavailable' };
}

/** What the check shows for the number in the field now. */
export type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'result'; lookup: LookupResponse }
  | { kind: 'failure'; failure: CheckFailureKind };

/** The check's state for this number: a check made for another number shows nothing. */
function stateOf(lookup: ReturnType<typeof useCreateLookup>, digits: string): CheckState {
  if (lookup.variables !== digits) return { kind: 'idle' };
  if (lookup.isPending) return { kind: 'checking' };
  if (lookup.data) return { kind: 'result', lookup: lookup.data };
  if (lookup.error) return { kind: 'failure', failure: failureOf(lookup.error) };
  return { kind: 'idle' };
}

/** What a screen reader hears when the outcome changes (the page has one live region). */
export function announcementOf(state: CheckState): string {
  switch (state.kind) {
    case 'checking':
      return 'Checking CP-IS';
    case 'result':
      return state.lookup.outcome === 'plans-found'
        ? `CP-IS information found: ${state.lookup.plans.map((plan) => planTypeLabels[plan.type]).join(', ')}`
        : 'No CP-IS information for this NHS number';
    case 'failure':
      return state.failure.kind === 'unavailable' ? 'CP-IS could not be checked' : '';
    case 'idle':
      return '';
  }
}

/**
 * The rules of the check at registration: CP-IS is checked the moment the field holds a valid
 * 10-digit number (or on submit); each check is exactly one request; changing the number clears
 * the result at once, so a result never sits beside another child's number. The draft survives a
 * session expiry (drafts store).
 */
export function useCpisCheck() {
  const input = useDrafts((state) => state.drafts[FORM]?.nhsNumber ?? '');
  const saveDraft = useDrafts((state) => state.saveDraft);
  const lookup = useCreateLookup();
  const [fieldError, setFieldError] = useState<string>();
  const [focusSummary, setFocusSummary] = useState(false);

  const setInput = (value: string) => saveDraft(FORM, { nhsNumber: value });
  const check = (digits: string) => {
    // Time-to-flag (npm run bench) runs from this mark to the outcome heading in the viewport.
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

  /** Checks `value` as given: a problem goes to the error summary, which takes focus; else one lookup. */
  const submit = (value: string) => {
    const problem = nhsNumberProblem(value);
    setFocusSummary(true);
    if (problem) {
      setInput(value);
      lookup.reset();
      setFieldError(nhsNumberProblemMessages[problem]);
    } else {
      setFieldError(undefined);
      check(stripNhsNumber(value));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(input);
  };

  const current = stripNhsNumber(input);
  const state = stateOf(lookup, current);
  const failure = state.kind === 'failure' ? state.failure : undefined;
  const error = fieldError ?? (failure?.kind === 'invalid' ? failure.message : undefined);

  return {
    input,
    onChange,
    onSubmit,
    /** A number found another way (a PDS trace): fills the field and checks at once, as a submit does. */
    choose: submit,
    /** The field's problem, from typing or from the BFF. */
    error,
    /** Whether the error summary takes focus (on submit), or not (while typing). */
    focusSummary,
    state,
    announcement: announcementOf(state),
    checkAgain: () => check(current),
  };
}
