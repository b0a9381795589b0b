import { Button, Radios } from 'nhsuk-react-components';
import * as z from 'zod/mini';
import { createSessionRequestSchema, type RoleChoice } from '#contract';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useContractForm, type FieldSpecs } from '../../../lib/use-contract-form.ts';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

interface RolePickerProps {
  roles: readonly RoleChoice[];
  /** Why the last choice did not sign in, in words for the user. */
  failure?: string;
  onChoose(roleId: string): void;
  onUseAnotherCard(): void;
}

const roleChoiceSchema = z.required(z.pick(createSessionRequestSchema, { roleId: true }));
const roleFields: FieldSpecs<{ roleId: string }> = {
  roleId: { id: 'role-1', required: 'Select the role you are working in' },
};

/** The second step for a card with several role profiles: one job role at one organisation per session. */
export function RolePicker({ roles, failure, onChoose, onUseAnotherCard }: RolePickerProps) {
  const form = useContractForm({ schema: roleChoiceSchema, fields: roleFields, initial: { roleId: '' } });
  const problem = form.errorFor('roleId') ?? failure;
  usePageTitle('Choose your role', problem !== undefined);

  return (
    <form noValidate onSubmit={form.handleSubmit(({ roleId }) => onChoose(roleId))}>
      <ProblemSummary
        key={form.attempt}
        problems={form.hasProblems ? form.summary : failure ? [{ message: failure, href: '#role-1' }] : []}
      />
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
            checked={form.values.roleId === role.roleId}
            onChange={() => form.setValue('roleId', role.roleId)}
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
