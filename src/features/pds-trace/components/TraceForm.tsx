import { englandDate } from '#contract';
import { Button, DateInput, Radios, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import type { PdsGender, PdsSearchRequest } from '#contract';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';
import {
  checkTraceForm,
  emptyTraceForm,
  traceFieldIds,
  type TraceField,
  type TraceFormValues,
  type TraceProblems,
} from './trace-form-rules.ts';

const genderLabels: Record<PdsGender, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not known',
};

/** Where each field's error links: the date input's first box, the first radio. */
const problemTargets: Record<TraceField, string> = {
  ...traceFieldIds,
  dateOfBirth: `${traceFieldIds.dateOfBirth}-day`,
  gender: `${traceFieldIds.gender}-female`,
};

export interface TraceFormProps {
  onSearch: (search: PdsSearchRequest) => void;
  /** A problem the server found with the whole search, shown in the error summary. */
  serverProblem?: string;
  now?: () => Date;
}

/** Name, date of birth (the NHS date input), gender and postcode: what PDS traces a child by. */
export function TraceForm({ onSearch, serverProblem, now = () => new Date() }: TraceFormProps) {
  const [values, setValues] = useState<TraceFormValues>(emptyTraceForm);
  const [problems, setProblems] = useState<TraceProblems>({});
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof TraceFormValues>(key: K, value: TraceFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTraceForm(values, englandDate(now()));
    setProblems(checked.problems);
    setAttempt((n) => n + 1);
    if (checked.request) onSearch(checked.request);
  };

  const summary = [
    ...(Object.entries(problems) as [TraceField, string][]).map(([field, message]) => ({
      message,
      href: `#${problemTargets[field]}`,
    })),
    ...(serverProblem ? [{ message: serverProblem }] : []),
  ];

  const textField = (key: 'familyName' | 'givenName' | 'postcode', label: string, width: 10 | 20) => (
    <TextInput
      id={traceFieldIds[key]}
      name={key}
      label={label}
      autoComplete="off"
      spellCheck={false}
      width={width}
      value={values[key]}
      error={problems[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Find the NHS number on PDS">
      <ProblemSummary key={attempt} problems={summary} takeFocus={attempt > 0} />
      {textField('familyName', 'Family name', 20)}
      {textField('givenName', 'Given name (optional)', 20)}
      <DateInput
        id={traceFieldIds.dateOfBirth}
        name="dateOfBirth"
        legend="Date of birth"
        hint="For example, 15 3 2019"
        value={values.dateOfBirth}
        error={problems.dateOfBirth}
        onChange={(event) => set('dateOfBirth', { ...emptyTraceForm.dateOfBirth, ...event.target.value })}
      />
      <Radios
        id={traceFieldIds.gender}
        idPrefix={traceFieldIds.gender}
        name="gender"
        legend="Gender (optional)"
        inline
        small
      >
        {(Object.keys(genderLabels) as PdsGender[]).map((gender) => (
          <Radios.Item
            key={gender}
            id={`${traceFieldIds.gender}-${gender}`}
            value={gender}
            checked={values.gender === gender}
            onChange={() => set('gender', gender)}
          >
            {genderLabels[gender]}
          </Radios.Item>
        ))}
      </Radios>
      {textField('postcode', 'Postcode (optional)', 10)}
      <Button type="submit" secondary>
        Search PDS
      </Button>
    </form>
  );
}
