import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
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

export const DatesNotReal: Story = {
  parameters: Unreviewed.parameters,
  play: async ({ canvas, userEvent }) => {
    const from = within(await canvas.findByRole('group', { name: 'From' }));
    await userEvent.type(from.getByLabelText('Day'), '1');
    await userEvent.type(from.getByLabelText('Year'), '2026');
    const to = within(canvas.getByRole('group', { name: 'To' }));
    await userEvent.type(to.getByLabelText('Day'), '31');
    await userEvent.type(to.getByLabelText('Month'), '11');
    await userEvent.type(to.getByLabelText('Year'), '2026');
    await userEvent.click(canvas.getByRole('button', { name: 'Apply filters' }));
    await expect(await canvas.findByRole('link', { name: 'From date must include a month' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'To date must be a real date' })).toBeVisible();
  },
};

export const CouldNotLoad: Story = {
  parameters: { msw: { handlers: [mockNetworkError('listAttendances')] } },
};
