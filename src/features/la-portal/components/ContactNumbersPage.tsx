import { Button, InsetText, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { formatDateTime, type LaDirectoryEntry, laPhonePattern } from '#contract';
import { CallNow } from '../../../components/cpis/CallNow.tsx';
import { LocalAuthorityContact } from '../../../components/cpis/LocalAuthorityContact.tsx';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useLaDirectory } from '../api/get-la-directory.ts';
import { useUpdateLaDirectory } from '../api/update-la-directory.ts';

type Field = 'officeHoursPhone' | 'emergencyDutyPhone';
const fieldIds: Record<Field, string> = {
  officeHoursPhone: 'office-hours-phone',
  emergencyDutyPhone: 'emergency-duty-phone',
};
const fieldNames: Record<Field, string> = {
  officeHoursPhone: 'office hours number',
  emergencyDutyPhone: 'emergency duty number',
};

function NumbersForm({ entry, now, onError }: { entry: LaDirectoryEntry; now: Date; onError(has: boolean): void }) {
  const update = useUpdateLaDirectory();
  const [numbers, setNumbers] = useState({
    officeHoursPhone: entry.officeHoursPhone,
    emergencyDutyPhone: entry.emergencyDutyPhone,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found: Partial<Record<Field, string>> = {};
    for (const field of ['officeHoursPhone', 'emergencyDutyPhone'] as const) {
      if (!laPhonePattern.test(numbers[field].trim())) {
        found[field] = `Enter the ${fieldNames[field]} as 10 to 16 digits, spaces allowed, like 0121 496 0101`;
      }
    }
    setErrors(found);
    onError(Object.keys(found).length > 0);
    if (Object.keys(found).length === 0) update.mutate(numbers);
  };

  const problems = (Object.entries(errors) as [Field, string][]).filter(([, message]) => message);
  const preview = { code: entry.laCode, name: entry.name, ...numbers };
  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <ProblemSummary
          key={attempt}
          problems={problems.map(([field, message]) => ({ message, href: `#${fieldIds[field]}` }))}
        />
        {update.isSuccess ? (
          <p role="status">
            <strong>Numbers saved.</strong> Health staff see them from their next check.
          </p>
        ) : null}
        {update.isError ? <p role="alert">The numbers could not be saved: {update.error.message}</p> : null}
        <TextInput
          id={fieldIds.officeHoursPhone}
          name="officeHoursPhone"
          label="Office hours number"
          hint="Called 9am to 5pm, Monday to Friday"
          type="tel"
          autoComplete="tel"
          width={20}
          value={numbers.officeHoursPhone}
          error={errors.officeHoursPhone}
          onChange={(event) => setNumbers({ ...numbers, officeHoursPhone: event.currentTarget.value })}
        />
        <TextInput
          id={fieldIds.emergencyDutyPhone}
          name="emergencyDutyPhone"
          label="Emergency duty number"
          hint="Called at any other time, including bank holidays"
          type="tel"
          autoComplete="tel"
          width={20}
          value={numbers.emergencyDutyPhone}
          error={errors.emergencyDutyPhone}
          onChange={(event) => setNumbers({ ...numbers, emergencyDutyPhone: event.currentTarget.value })}
        />
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
