import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { roleRequiredFixture } from '../../../../mocks/fixtures.ts';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { useSessionNotice, type SessionNotice } from '../../../stores/session-notice.ts';
import { SignIn } from './SignIn.tsx';

const meta = { component: SignIn, title: 'Auth/SignIn' } satisfies Meta<typeof SignIn>;
export default meta;
type Story = StoryObj<typeof meta>;

const withNotice = (notice: SessionNotice) => () => {
  useSessionNotice.getState().show(notice);
  return () => useSessionNotice.getState().dismiss();
};

type PlayContext = Parameters<NonNullable<Story['play']>>[0];

/** Types a card and passcode and presses Sign in. */
async function signIn({ canvas, userEvent }: PlayContext, cardNumber: string, passcode = '1234') {
  if (cardNumber) await userEvent.type(await canvas.findByLabelText('Card number'), cardNumber);
  if (passcode) await userEvent.type(canvas.getByLabelText('Passcode'), passcode);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
}

export const CardAndPasscode: Story = {};

export const SessionExpired: Story = { beforeEach: withNotice('expired') };

export const SignedOut: Story = { beforeEach: withNotice('signed-out') };

export const MissingDetails: Story = {
  play: async (context) => {
    await signIn(context, '', '');
    await expect(await context.canvas.findByRole('link', { name: 'Enter your card number' })).toBeVisible();
  },
};

export const WrongPasscode: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('createSession', 401, {
          error: { code: 'INVALID_CREDENTIALS', message: 'The card number or passcode is not right.' },
        }),
      ],
    },
  },
  play: async (context) => {
    await signIn(context, '555000000001', '9999');
    await expect(await context.canvas.findByRole('link', { name: /passcode is not right/ })).toBeVisible();
  },
};

export const CardLocked: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('createSession', 423, {
          error: { code: 'CARD_LOCKED', message: 'This card is locked. Ask your registration authority to unlock it.' },
        }),
      ],
    },
  },
  play: async (context) => {
    await signIn(context, '555000000001', '9999');
    await expect(await context.canvas.findByRole('link', { name: /This card is locked/ })).toBeVisible();
  },
};

export const SignInNotWorking: Story = {
  parameters: { msw: { handlers: [mockNetworkError('createSession')] } },
  play: async (context) => {
    await signIn(context, '555000000001');
    await expect(await context.canvas.findByText(/Sorry, you cannot sign in at the moment/)).toBeVisible();
  },
};

export const CardWithSeveralRoles: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createSession', 400, roleRequiredFixture)] } },
  play: async (context) => {
    await signIn(context, '555000000004');
    await expect(await context.canvas.findByRole('group', { name: 'Which role are you working in?' })).toBeVisible();
  },
};
