import type { Meta, StoryObj } from '@storybook/react-vite';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { ConfidentialityBanner } from './ConfidentialityBanner.tsx';

const meta = {
  component: ConfidentialityBanner,
  title: 'Auth/ConfidentialityBanner',
} satisfies Meta<typeof ConfidentialityBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Signed out, it shows nothing. */
export const SignedIn: Story = {};

export const SignedOut: Story = {
  parameters: {
    msw: {
      handlers: [mockEndpoint('getSession', 401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in again.' } })],
    },
  },
};
