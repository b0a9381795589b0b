import { Button, Radios } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import type { RoleChoice } from '#contract';
import { usePageTitle } from '../../../lib/page-title.ts';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

interface RolePickerProps {
  roles: readonly RoleChoice[];
  /** Why the last choice did not sign in, in words for the user. */
  failure?: string;
  onChoose(roleId: string): void;
  onUseAnotherCard(): void;
}

/** The second step for a card with several role profiles: one job role at one organisation per session. */
export function RolePicker({ roles, failure, onChoose, onUseAnotherCard }: RolePickerProps) {
  const [choice, setChoice] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState(false);
  const problem = missing ? 'Select the role you are working in' : failure;
  usePageTitle('Choose your role', problem !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setMissing(choice === undefined);
    if (choice !== undefined) onChoose(choice);
  };

  return (
    <form noValidate onSubmit={submit}>
      <ProblemSummary key={attempt} problems={problem ? [{ message: problem, href: '#role-1' }] : []} />
      <Radios
        name="role"
        legend="Which role are you working in?"
        legendProps={{ isPageHeading: true, size: 'l' }}
        hint="Your card has more than one role. To change role later, remove your card and sign in again."
        error={problem}
      >
        {roles.map((role) => (
          <Radios.Item
            key={role.roleId}
            value={role.roleId}
            checked={choice === role.roleId}
            onChange={() => setChoice(role.roleId)}
            hint={`Organisation code ${role.organisation.code}`}
          >
            {role.jobRoleName}, {role.organisation.name}
          </Radios.Item>
        ))}
      </Radios>
      <div className="nhsuk-button-group">
        <Button type="submit">Continue</Button>
        <Button type="button" secondary onClick={onUseAnotherCard}>
          Use a different card
        </Button>
      </div>
    </form>
  );
}
