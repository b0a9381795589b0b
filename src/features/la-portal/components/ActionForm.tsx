import { Button, CharacterCount, Radios, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { LA_ACTION_NOTE_MAX, LA_CASE_REFERENCE_MAX, laActionSchema, type LaAction } from '#contract';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';
import { useCreateNotificationAction } from '../api/create-notification-action.ts';
import { actionLabels } from './labels.ts';

type Field = 'action' | 'caseReference' | 'note';
const fieldHref: Record<Field, string> = {
  action: '#action-filed-on-case',
  caseReference: '#case-reference',
  note: '#note',
};

/** Records what the contact centre did with a notification. Actions are added, never edited. */
export function ActionForm({
  notificationId,
  onError,
  onRecorded,
}: {
  notificationId: string;
  onError: (hasError: boolean) => void;
  onRecorded: (action: LaAction) => void;
}) {
  const record = useCreateNotificationAction(notificationId);
  const [action, setAction] = useState<LaAction>();
  const [caseReference, setCaseReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: Partial<Record<Field, string>> = {
      ...(action ? {} : { action: 'Select what you did with this notification' }),
      ...(action === 'filed-on-case' && caseReference.trim() === ''
        ? { caseReference: 'Enter the case reference it was filed on' }
        : {}),
      ...(caseReference.length > LA_CASE_REFERENCE_MAX
        ? { caseReference: `Case reference must be ${LA_CASE_REFERENCE_MAX} characters or fewer` }
        : {}),
      ...(note.length > LA_ACTION_NOTE_MAX ? { note: `Note must be ${LA_ACTION_NOTE_MAX} characters or fewer` } : {}),
    };
    setErrors(found);
    onError(Object.keys(found).length > 0);
    if (!action || Object.keys(found).length > 0) return;
    record.mutate(
      { action, ...(caseReference.trim() ? { caseReference } : {}), ...(note.trim() ? { note } : {}) },
      {
        onSuccess: () => {
          setAction(undefined);
          setCaseReference('');
          setNote('');
          onRecorded(action);
        },
      },
    );
  };

  const problems = (Object.entries(errors) as [Field, string][]).filter(([, message]) => message);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="action-heading">
      <h2 id="action-heading">Record what you did</h2>
      <ProblemSummary
        key={attempt}
        problems={problems.map(([field, message]) => ({ message, href: fieldHref[field] }))}
      />
      {record.isError ? <p role="alert">The action could not be recorded: {record.error.message} Try again.</p> : null}
      <Radios legend="What did you do with it?" legendProps={{ size: 's' }} error={errors.action} idPrefix="action">
        {laActionSchema.options.map((value) => (
          <Radios.Item
            key={value}
            id={`action-${value}`}
            name="action"
            value={value}
            checked={action === value}
            onChange={() => setAction(value)}
          >
            {actionLabels[value]}
          </Radios.Item>
        ))}
      </Radios>
      <TextInput
        id="case-reference"
        name="caseReference"
        label="Case reference"
        hint="Needed when you file it on a case"
        width={20}
        maxLength={LA_CASE_REFERENCE_MAX}
        value={caseReference}
        error={errors.caseReference}
        onChange={(event) => setCaseReference(event.currentTarget.value)}
      />
      <CharacterCount
        id="note"
        name="note"
        label="Note (optional)"
        hint="For the allocated worker or the MASH"
        maxLength={LA_ACTION_NOTE_MAX}
        rows={3}
        value={note}
        error={errors.note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Button type="submit" disabled={record.isPending}>
        Record action
      </Button>
    </form>
  );
}
