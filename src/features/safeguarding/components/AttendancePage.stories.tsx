import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { mockEndpoint, mockPending } from '../../../../mocks/http.ts';
import { fixtureNow } from '../../../../mocks/lookups.ts';
import { reviewFixture, safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { AttendancePage } from './AttendancePage.tsx';

const meta = {
  component: AttendancePage,
  title: 'Safeguarding/AttendancePage',
  args: { id: safeguardingFixtures.maisieId, now: () => fixtureNow },
} satisfies Meta<typeof AttendancePage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NotReviewed: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('getAttendance', 200, safeguardingFixtures.maisie()),
        mockEndpoint('createReview', 200, { reviews: [reviewFixture] }),
      ],
    },
  },
};

export const Reviewed: Story = {
  parameters: { msw: { handlers: [mockEndpoint('getAttendance', 200, safeguardingFixtures.maisieReviewed())] } },
};

export const ReviewWithoutOutcome: Story = {
  parameters: NotReviewed.parameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Record review' }));
    await expect(canvas.getByRole('link', { name: 'Select what you did' })).toBeVisible();
  },
};

export const ReviewRecorded: Story = {
  parameters: NotReviewed.parameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Contacted the local authority' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Record review' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Review recorded');
  },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [mockPending('getAttendance')],
    },
  },
};

export const NotFound: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('getAttendance', 404, {
          error: { code: 'NOT_FOUND', message: 'There is no such attendance at your organisation.' },
        }),
      ],
    },
  },
};
