import type { Meta, StoryObj } from '@storybook/react-vite';
import { mockEndpoint, mockNetworkError, mockPending } from '../../../../mocks/http.ts';
import { safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { AttendancesPage } from './AttendancesPage.tsx';

const meta = { component: AttendancesPage, title: 'Safeguarding/AttendancesPage' } satisfies Meta<
  typeof AttendancesPage
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Unreviewed: Story = {
  parameters: { msw: { handlers: [mockEndpoint('listAttendances', 200, safeguardingFixtures.unreviewed())] } },
};

export const NothingToReview: Story = {
  parameters: { msw: { handlers: [mockEndpoint('listAttendances', 200, safeguardingFixtures.empty())] } },
};

export const FirstOfTwoPages: Story = {
  parameters: { msw: { handlers: [mockEndpoint('listAttendances', 200, safeguardingFixtures.firstOfTwoPages())] } },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [mockPending('listAttendances')],
    },
  },
};

export const RangeTooLarge: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('listAttendances', 400, {
          error: { code: 'RANGE_TOO_LARGE', message: 'Choose dates no more than 92 days apart.' },
        }),
      ],
    },
  },
};

export const CouldNotLoad: Story = {
  parameters: { msw: { handlers: [mockNetworkError('listAttendances')] } },
};
