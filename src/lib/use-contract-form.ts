import { useState, type FormEvent } from 'react';
import * as z from 'zod/mini';

/** What a field's value reads as: the value the contract checks, or a problem found before it. */
export type Reading = { value: unknown } | { problem: string };

/** How one field is named on the page and what its problems say. The rules are the contract's. */
export interface FieldSpec<T> {
  /** The element the error summary links to (for radios and date inputs, the first input). */
  id: string;
  /** Said when the field is left empty. */
  required?: string;
  /** Said for any other fault; without it, the contract schema's own message. */
  invalid?: string;
  /** Turns what was typed into what the contract reads (spaces out of a card number), or says what is wrong. */
  read?: (value: T) => Reading;
}

export type FieldSpecs<V> = { [K in keyof V]: FieldSpec<V[K]> };

/** One problem: with a field, it shows at that field and links there; without, it is about the whole form. */
export interface FieldProblem<K> {
  field?: K;
  message: string;
}

export type Checked<V, Request> =
  { request: Request; problems: [] } | { request?: undefined; problems: FieldProblem<keyof V>[] };

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === '' ||
  (typeof value === 'object' && value !== null && Object.values(value).every((part) => part === ''));

/**
 * Checks a form's values with a contract schema: one problem per field, in the fields' order (the
 * page's order), with the page's wording where it has one. Pure, so a field checked while typing
 * (the NHS number) can call it on each change.
 */
export function checkWithContract<V extends Record<string, unknown>, Request>(
  schema: z.core.$ZodType<Request>,
  fields: FieldSpecs<V>,
  values: V,
): Checked<V, Request> {
  const names = Object.keys(fields) as (keyof V & string)[];
  const found = new Map<keyof V, string>();
  const input: Record<string, unknown> = {};
  for (const name of names) {
    const spec = fields[name];
    const raw = values[name];
    if (isEmpty(raw) && spec.required) {
      input[name] = undefined;
      continue;
    }
    const reading = spec.read ? spec.read(raw) : { value: raw };
    if ('problem' in reading) found.set(name, reading.problem);
    else input[name] = reading.value;
  }

  const result = z.safeParse(schema, input);
  const formProblems: FieldProblem<keyof V>[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = issue.path[0];
      if (typeof name === 'string' && name in fields) {
        const spec = fields[name as keyof V];
        if (found.has(name)) continue;
        const message = isEmpty(values[name]) && spec.required ? spec.required : (spec.invalid ?? issue.message);
        found.set(name, message);
      } else formProblems.push({ message: issue.message });
    }
  }
  const problems = [
    ...names.filter((name) => found.has(name)).map((field) => ({ field, message: found.get(field)! })),
    ...formProblems,
  ];
  if (result.success && problems.length === 0) return { request: result.data, problems: [] };
  return { problems };
}

/**
 * The one way a form works here: values in state, checked with the contract on submit, problems
 * shown at their fields and in the one ProblemSummary (give it `key={form.attempt}`, so it takes
 * focus again on each attempt, and `takeFocus={form.summaryTakesFocus}` if the form checks while
 * typing), and refusals from the BFF shown the same way with `fail`. A page that keeps its values elsewhere (a draft that must
 * outlive a session expiry) passes them as `state`.
 */
export function useContractForm<V extends Record<string, unknown>, Request>({
  schema,
  fields,
  initial,
  state,
}: {
  schema: z.core.$ZodType<Request>;
  fields: FieldSpecs<V>;
  initial: NoInfer<V>;
  state?: readonly [NoInfer<V>, (values: NoInfer<V>) => void];
}) {
  const [ownValues, setOwnValues] = useState(initial);
  const values = state ? state[0] : ownValues;
  const [problems, setProblems] = useState<FieldProblem<keyof V>[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [summaryTakesFocus, setSummaryTakesFocus] = useState(true);

  const show = (found: FieldProblem<keyof V>[], takeFocus: boolean) => {
    if (takeFocus) setAttempt((n) => n + 1);
    setSummaryTakesFocus(takeFocus);
    setProblems(found);
  };
  const setValue = <K extends keyof V>(field: K, value: V[K]) => {
    if (state) state[1]({ ...values, [field]: value });
    else setOwnValues((current) => ({ ...current, [field]: value }));
  };

  return {
    values,
    setValue,
    errorFor: (field: keyof V) => problems.find((problem) => problem.field === field)?.message,
    attempt,
    summaryTakesFocus,
    hasProblems: problems.length > 0,
    /** For ProblemSummary: each field's problem links to its field. */
    summary: problems.map(({ field, message }) =>
      field === undefined ? { message } : { message, href: `#${fields[field].id}` },
    ),
    /** A submit handler: calls `onValid` with the contract's request, or shows the problems. */
    handleSubmit: (onValid: (request: Request) => void) => (event: FormEvent) => {
      event.preventDefault();
      const checked = checkWithContract(schema, fields, values);
      show(checked.problems, true);
      if (checked.request !== undefined) onValid(checked.request);
    },
    /**
     * Checks values as they are typed (pass the new ones: state has not caught up yet) and shows any
     * problem without moving focus, which must stay in the field being typed in.
     */
    checkWhileTyping: (typed: V) => {
      const checked = checkWithContract(schema, fields, typed);
      show(checked.problems, false);
      return checked;
    },
    /** Shows a refusal (from the BFF) as this attempt's problem. */
    fail: (problem: FieldProblem<keyof V>) => show([problem], true),
    clearProblems: () => setProblems([]),
    /** Back to the first values, with no problems (after the form did its job). */
    reset: () => {
      if (state) state[1](initial);
      else setOwnValues(initial);
      setProblems([]);
    },
  };
}
