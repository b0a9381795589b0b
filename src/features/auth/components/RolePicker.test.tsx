import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { roleRequiredFixture } from '../../../../mocks/fixtures.ts';
import { RolePicker } from './RolePicker.tsx';

const show = (failure?: string) => {
  const onChoose = vi.fn();
  const onUseAnotherCard = vi.fn();
  render(
    <RolePicker
      roles={roleRequiredFixture.roles}
      failure={failure}
      onChoose={onChoose}
      onUseAnotherCard={onUseAnotherCard}
    />,
  );
  return { onChoose, onUseAnotherCard };
};

describe('RolePicker', () => {
  it("offers each of the card's roles with its organisation, as the page heading", () => {
    show();
    const roles = screen.getByRole('group', { name: 'Which role are you working in?' });
    expect(
      within(roles).getByRole('radio', { name: /Clinical Practitioner, Example General Hospital ED/ }),
    ).toBeInTheDocument();
    expect(
      within(roles).getByRole('radio', { name: /Nurse Practitioner, Example Town Walk-in Centre/ }),
    ).toHaveAccessibleDescription('Organisation code RX102');
    expect(document.title).toBe('Choose your role - CP-IS Lookup - NHS');
  });

  it('insists on a role, with an error summary that takes focus', async () => {
    const { onChoose } = show();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select the role you are working in' })).toHaveAttribute(
      'href',
      '#role-1',
    );
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(document.title).toBe('Error: Choose your role - CP-IS Lookup - NHS');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('hands on the chosen role', async () => {
    const { onChoose } = show();
    await userEvent.click(screen.getByRole('radio', { name: /Nurse Practitioner/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onChoose).toHaveBeenCalledWith('jordan-wic-clinician');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows why the last choice did not sign in', () => {
    show('Sorry, you cannot sign in at the moment. Try again later');
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'Sorry, you cannot sign in at the moment. Try again later',
    );
    expect(screen.getByRole('group', { name: 'Which role are you working in?' })).toHaveAccessibleDescription(
      /Sorry, you cannot sign in at the moment/,
    );
  });

  it('can start again with another card', async () => {
    const { onUseAnotherCard } = show();
    await userEvent.click(screen.getByRole('button', { name: 'Use a different card' }));
    expect(onUseAnotherCard).toHaveBeenCalledOnce();
  });
});
