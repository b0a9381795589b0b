import type { Meta, StoryObj } from '@storybook/react-vite';
import { laFixtures } from '../../../../mocks/la.ts';
import { mockEndpoint, mockNetworkError, mockPending } from '../../../../mocks/http.ts';
import { InboxPage } from './InboxPage.tsx';

const meta = { component: InboxPage, title: 'LA portal/InboxPage' } satisfies Meta<typeof InboxPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NewNotifications: Story = {
  parameters: { msw: { handlers: [mockEndpoint('listNotifications', 200, laFixtures.newOnly())] } },
};

export const AllWithFiled: Story = {
  parameters: { msw: { handlers: [mockEndpoint('listNotifications', 200, laFixtures.all())] } },
};

export const NothingNew: Story = {
  parameters: { msw: { handlers: [mockEndpoint('listNotifications', 200, laFixtures.empty())] } },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [mockPending('listNotifications')] } },
};

export const CouldNotLoad: Story = {
  parameters: { msw: { handlers: [mockNetworkError('listNotifications')] } },
};
