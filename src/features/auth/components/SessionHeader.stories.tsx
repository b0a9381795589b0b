import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { sessionFixture } from '../../../../mocks/fixtures.ts';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { SessionHeader } from './SessionHeader.tsx';

const meta = { component: SessionHeader, title: 'Auth/SessionHeader' } satisfies Meta<typeof SessionHeader>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Receptionist: Story = {};

export const Clinician: Story = {
  parameters: { msw: { handlers: [mockEndpoint('getSession', 200, () => sessionFixture('clinician'))] } },
};

export const SafeguardingLead: Story = {
  parameters: { msw: { handlers: [mockEndpoint('getSession', 200, () => sessionFixture('safeguarding-lead'))] } },
};

export const LaContactCentre: Story = {
  parameters: { msw: { handlers: [mockEndpoint('getSession', 200, () => sessionFixture('la-contact-centre'))] } },
};

export const SignedOut: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('getSession', 401, {
          error: {
            code: 'UNAUTHENTICATED',
            message: 'You are not signed in, or your session has ended. Sign in again.',
          },
        }),
      ],
    },
  },
};

export const SignOutFailed: Story = {
  parameters: {
    msw: { handlers: [mockEndpoint('getSession', 200, () => sessionFixture()), mockNetworkError('deleteSession')] },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove card' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Sign-out failed: try again');
  },
};
