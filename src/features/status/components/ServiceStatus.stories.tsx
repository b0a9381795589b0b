import type { Meta, StoryObj } from '@storybook/react-vite';
import { readyFixture } from '../../../../mocks/fixtures.ts';
import { mockEndpoint, mockNetworkError, mockPending } from '../../../../mocks/http.ts';
import { ServiceStatus } from './ServiceStatus.tsx';

const meta = { component: ServiceStatus, title: 'Status/ServiceStatus' } satisfies Meta<typeof ServiceStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {
  parameters: { msw: { handlers: [mockEndpoint('ready', 200, readyFixture)] } },
};

export const ReadyOnPostgres: Story = {
  parameters: {
    msw: { handlers: [mockEndpoint('ready', 200, { status: 'ready', database: { engine: 'postgres' } })] },
  },
};

export const Checking: Story = {
  parameters: {
    msw: {
      handlers: [mockPending('ready')],
    },
  },
};

export const DatabaseDown: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('ready', 503, {
          error: { code: 'DATABASE_UNAVAILABLE', message: 'The database is not available. Try again in a moment.' },
        }),
      ],
    },
  },
};

export const ServerUnreachable: Story = {
  parameters: { msw: { handlers: [mockNetworkError('ready')] } },
};
