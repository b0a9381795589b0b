import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { roleRequiredFixture } from '../../../../mocks/fixtures.ts';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { useSessionNotice } from '../../../stores/session-notice.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { SignIn } from './SignIn.tsx';

const problem = () => screen.getByRole('alert');

async function submit(user: ReturnType<typeof userEvent.setup>, cardNumber: string, passcode: string) {
  if (cardNumber) await user.type(screen.getByLabelText('Card number'), cardNumber);
  if (passcode) await user.type(screen.getByLabelText('Passcode'), passcode);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignIn', () => {
  it('asks for the card number and passcode', () => {
    renderWithProviders(<SignIn />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in with your smartcard' })).toBeInTheDocument();
    expect(screen.getByLabelText('Card number')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByLabelText('Passcode')).toHaveAttribute('type', 'password');
    expect(document.title).toBe('Sign in - CP-IS Lookup - NHS');
  });

  it('lists what is missing in an error summary linked to the fields, which takes focus', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '', '');
    const summary = within(problem());
    expect(summary.getByRole('link', { name: 'Enter your card number' })).toHaveAttribute('href', '#card-number');
    expect(summary.getByRole('link', { name: 'Enter your passcode' })).toHaveAttribute('href', '#passcode');
    expect(screen.getByLabelText('Card number')).toHaveAccessibleDescription(/Enter your card number/);
    expect(document.title).toBe('Error: Sign in - CP-IS Lookup - NHS');
    await waitFor(() => expect(problem().parentElement).toHaveFocus());
  });

  it('wants the 12 digits of the card, spaces allowed', async () => {
    const sent: unknown[] = [];
    server.use(
      mockEndpoint('createSession', 400, async (request) => {
        sent.push(await request.json());
        return roleRequiredFixture;
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '5550 0000 001', '1234');
    expect(within(problem()).getByRole('link', { name: 'Card number must be 12 digits' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Card number'), '4');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('group', { name: 'Which role are you working in?' });
    expect(sent).toEqual([{ cardId: '555000000014', passcode: '1234' }]);
  });

  it('says in words when the passcode is too long to be one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '555000000001', '1'.repeat(65));
    expect(within(problem()).getByRole('link', { name: 'Passcode must be 64 characters or fewer' })).toHaveAttribute(
      'href',
      '#passcode',
    );
  });

  it('says when the card number or passcode is not right, and clears the passcode', async () => {
    server.use(
      mockEndpoint('createSession', 401, {
        error: { code: 'INVALID_CREDENTIALS', message: 'The card number or passcode is not right.' },
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '555000000001', '9999');
    expect(await within(await screen.findByRole('alert')).findByRole('link')).toHaveTextContent(
      'Card number or passcode is not right. The card locks after 3 wrong passcodes in a row',
    );
    expect(screen.getByLabelText('Passcode')).toHaveValue('');
    expect(screen.getByLabelText('Card number')).toHaveValue('555000000001');
  });

  it('says when the card is locked', async () => {
    server.use(
      mockEndpoint('createSession', 423, {
        error: { code: 'CARD_LOCKED', message: 'This card is locked. Ask your registration authority to unlock it.' },
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '555000000001', '9999');
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'This card is locked. Ask your registration authority to unlock it',
      }),
    ).toHaveAttribute('href', '#card-number');
  });

  it('says when sign-in is not working, without blaming a field', async () => {
    server.use(mockNetworkError('createSession'));
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '555000000001', '1234');
    expect(await screen.findByRole('alert')).toHaveTextContent('Sorry, you cannot sign in at the moment');
    expect(within(problem()).queryByRole('link')).not.toBeInTheDocument();
  });

  it('asks which role, insists on one, and can start again with another card', async () => {
    server.use(mockEndpoint('createSession', 400, roleRequiredFixture));
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '555000000004', '1234');
    const roles = await screen.findByRole('group', { name: 'Which role are you working in?' });
    expect(
      within(roles)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['jordan-ed-clinician', 'jordan-wic-clinician']);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(problem()).getByRole('link', { name: 'Select the role you are working in' })).toHaveAttribute(
      'href',
      '#role-1',
    );
    expect(document.getElementById('role-1')).toHaveAttribute('value', 'jordan-ed-clinician');
    expect(document.title).toBe('Error: Choose your role - CP-IS Lookup - NHS');

    await user.click(screen.getByRole('button', { name: 'Use a different card' }));
    expect(screen.getByLabelText('Card number')).toHaveValue('');
    expect(screen.getByLabelText('Passcode')).toHaveValue('');
  });

  it('says when signing in under the chosen role fails', async () => {
    server.use(mockEndpoint('createSession', 400, roleRequiredFixture));
    const user = userEvent.setup();
    renderWithProviders(<SignIn />);
    await submit(user, '555000000004', '1234');
    await user.click(await screen.findByRole('radio', { name: 'Clinical Practitioner, Example General Hospital ED' }));
    server.use(mockNetworkError('createSession'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: /Sorry, you cannot sign in at the moment/ })).toBeInTheDocument();
  });

  it('says why the user is back at sign-in', () => {
    useSessionNotice.getState().show('expired');
    const { unmount } = renderWithProviders(<SignIn />);
    expect(screen.getByRole('heading', { name: 'Your session has ended' })).toBeInTheDocument();
    unmount();
    useSessionNotice.getState().show('signed-out');
    renderWithProviders(<SignIn />);
    expect(screen.getByRole('heading', { name: 'You have removed your card and are signed out' })).toBeInTheDocument();
  });
});
