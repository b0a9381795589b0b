import { Button, CharacterCount, Radios, TextInput } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import {
  LA_ACTION_NOTE_MAX,
  LA_CASE_REFERENCE_MAX,
  laActionSchema,
  notificationActionRequestSchema,
  type LaAction,
} from '#contract';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';
import { useContractForm, type FieldSpecs, type Reading } from '../../../lib/use-contract-form.ts';
import { useCreateNotificationAction } from '../api/create-notification-action.ts';
import { actionLabels } from './labels.ts';

type ActionValues = { action: LaAction | ''; caseReference: string; note: string };

// Left blank, an optional field is not sent at all (rather than sent empty).
const blankIsAbsent = (text: string): Reading => ({ value: text.trim() === '' ? undefined : text });

const actionFields: FieldSpecs<ActionValues> = {
  action: { id: `action-${laActionSchema.options[0]}`, required: 'Select what you did with this notification' },
  // When it is needed (filing on a case), and what is said when it is missing, is the contract's.
  caseReference: { id: 'case-reference', read: blankIsAbsent },
  note: { id: 'note', read: blankIsAbsent },
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
  const form = useContractForm({
    schema: notificationActionRequestSchema,
    fields: actionFields,
    initial: { action: '', caseReference: '', note: '' },
  });
  // Each recorded action mounts a new character count, which counts only on input, so would go on
  // counting the note just sent.
  const [recorded, setRecorded] = useState(0);
  useEffect(() => onError(form.hasProblems), [form.hasProblems, onError]);

  const onSubmit = form.handleSubmit((request) => {
    record.mutate(request, {
      onSuccess: () => {
        form.reset();
        setRecorded((n) => n + 1);
        onRecorded(request.action);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="action-heading">
      <h2 id="action-heading">Record what you did</h2>
      <ProblemSummary key={form.attempt} problems={form.summary} />
      {record.isError ? <p role="alert">The action could not be recorded: {record.error.message} Try again.</p> : null}
      <Radios
        legend="What did you do with it?"
        legendProps={{ size: 's' }}
        error={form.errorFor('action')}
        idPrefix="action"
      >
        {laActionSchema.options.map((value) => (
          <Radios.Item
            key={value}
            id={`action-${value}`}
            name="action"
            value={value}
            checked={form.values.action === value}
            onChange={() => form.setValue('action', value)}
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
        value={form.values.caseReference}
        error={form.errorFor('caseReference')}
        onChange={(event) => form.setValue('caseReference', event.currentTarget.value)}
      />
      <CharacterCount
        key={recorded}
        id="note"
        name="note"
        label="Note (optional)"
        hint="For the allocated worker or the MASH"
        maxLength={LA_ACTION_NOTE_MAX}
        rows={3}
        value={form.values.note}
        error={form.errorFor('note')}
        onChange={(event) => form.setValue('note', event.currentTarget.value)}
      />
      <Button type="submit" disabled={record.isPending}>
        Record action
      </Button>
    </form>
  );
}
