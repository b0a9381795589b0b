import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay } from 'msw';
import { sessionFixture } from '../../mocks/fixtures.ts';
import { mockEndpoint, mockNetworkError } from '../../mocks/http.ts';
import { RequireSession } from './require-session.tsx';

/** The states of the gate in front of signed-in pages (signed in, it shows the page itself). */
const meta = { component: RequireSession, title: 'App/RequireSession' } satisfies Meta<typeof RequireSession>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Checking: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('getSession', 200, async () => {
          await delay('infinite');
          return sessionFixture();
        }),
      ],
    },
  },
};

export const CannotCheck: Story = {
  parameters: { msw: { handlers: [mockNetworkError('getSession')] } },
};

export const RoleWithoutPermission: Story = {
  args: { permission: 'safeguarding:review' },
};
