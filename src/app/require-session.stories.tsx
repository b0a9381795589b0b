import type { Meta, StoryObj } from '@storybook/react-vite';
import { mockNetworkError, mockPending } from '../../mocks/http.ts';
import { RequireSession } from './require-session.tsx';

/** The states of the gate in front of signed-in pages (signed in, it shows the page itself). */
const meta = { component: RequireSession, title: 'App/RequireSession' } satisfies Meta<typeof RequireSession>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Checking: Story = {
  parameters: {
    msw: {
      handlers: [mockPending('getSession')],
    },
  },
};

export const CannotCheck: Story = {
  parameters: { msw: { handlers: [mockNetworkError('getSession')] } },
};

export const RoleWithoutPermission: Story = {
  args: { permission: 'safeguarding:review' },
};
