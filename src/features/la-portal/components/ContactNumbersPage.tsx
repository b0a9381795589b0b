import { Button, InsetText, TextInput } from 'nhsuk-react-components';
import { useEffect, useState } from 'react';
import { formatDateTime, laDirectoryRequestSchema, type LaDirectoryEntry } from '#contract';
import { CallNow } from '../../../components/cpis/CallNow.tsx';
import { LocalAuthorityContact } from '../../../components/cpis/LocalAuthorityContact.tsx';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useContractForm, type FieldSpecs } from '../../../lib/use-contract-form.ts';
import { useLaDirectory } from '../api/get-la-directory.ts';
import { useUpdateLaDirectory } from '../api/update-la-directory.ts';

type Numbers = { officeHoursPhone: string; emergencyDutyPhone: string };

// What a phone number is, is the contract's; this is how the page names each one.
const phoneFault = (name: string) => `Enter the ${name} as 10 to 16 digits, spaces allowed, like 0121 496 0101`;
const numberFields: FieldSpecs<Numbers> = {
  officeHoursPhone: { id: 'office-hours-phone', invalid: phoneFault('office hours number') },
  emergencyDutyPhone: { id: 'emergency-duty-phone', invalid: phoneFault('emergency duty number') },
};

/** The two numbers health staff are shown, in the order the form asks for them. */
const phoneInputs = [
  { field: 'officeHoursPhone', label: 'Office hours number', hint: 'Called 9am to 5pm, Monday to Friday' },
  {
    field: 'emergencyDutyPhone',
    label: 'Emergency duty number',
    hint: 'Called at any other time, including bank holidays',
  },
] as const;

function NumbersForm({ entry, now, onError }: { entry: LaDirectoryEntry; now: Date; onError(has: boolean): void }) {
  const update = useUpdateLaDirectory();
  const form = useContractForm({
    schema: laDirectoryRequestSchema,
    fields: numberFields,
    initial: { officeHoursPhone: entry.officeHoursPhone, emergencyDutyPhone: entry.emergencyDutyPhone },
  });
  useEffect(() => onError(form.hasProblems), [form.hasProblems, onError]);
  const onSubmit = form.handleSubmit((request) => update.mutate(request));
  const preview = { code: entry.laCode, name: entry.name, ...form.values };
  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <ProblemSummary key={form.attempt} problems={form.summary} />
        {update.isSuccess ? (
          <p role="status">
            <strong>Numbers saved.</strong> Health staff see them from their next check.
          </p>
        ) : null}
        {update.isError ? <p role="alert">The numbers could not be saved: {update.error.message}</p> : null}
        {phoneInputs.map(({ field, label, hint }) => (
          <TextInput
            key={field}
            id={numberFields[field].id}
            name={field}
            label={label}
            hint={hint}
            type="tel"
            autoComplete="tel"
            width={20}
            value={form.values[field]}
            error={form.errorFor(field)}
            onChange={(event) => form.setValue(field, event.currentTarget.value)}
          />
        ))}
        <Button type="submit" disabled={update.isPending}>
          Save numbers
        </Button>
      </form>
      <h2>What an emergency department sees</h2>
      <InsetText>
        <CallNow localAuthority={preview} now={now} />
        <LocalAuthorityContact localAuthority={preview} />
      </InsetText>
    </>
  );
}

/** The two numbers health staff are shown for this LA: the LA's to keep right. */
export function ContactNumbersPage({ now = () => new Date() }: { now?: () => Date }) {
  const entry = useLaDirectory();
  const [formError, setFormError] = useState(false);
  usePageTitle('Contact numbers', formError);
  return (
    <>
      <h1>Contact numbers</h1>
      {entry.isPending ? <p role="status">Loading your numbers…</p> : null}
      {entry.isError ? <p role="alert">Your numbers could not be loaded: {entry.error.message}</p> : null}
      {entry.data ? (
        <>
          <p>
            {entry.data.name}. Last changed {formatDateTime(entry.data.updatedAt)}.
          </p>
          <NumbersForm entry={entry.data} now={now()} onError={setFormError} />
        </>
      ) : null}
    </>
  );
}
