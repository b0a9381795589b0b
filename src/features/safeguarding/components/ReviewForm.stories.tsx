import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { REVIEW_NOTE_MAX } from '#contract';
import { mockNetworkError, mockPending } from '../../../../mocks/http.ts';
import { safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { ReviewForm } from './ReviewForm.tsx';

const meta = {
  component: ReviewForm,
  title: 'Safeguarding/ReviewForm',
  args: { attendanceId: safeguardingFixtures.maisieId, onError: fn() },
} satisfies Meta<typeof ReviewForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const NoOutcome: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Record review' }));
    await expect(await canvas.findByRole('link', { name: 'Select what you did' })).toBeVisible();
  },
};

export const NoteTooLong: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'No further action' }));
    await userEvent.click(canvas.getByLabelText('Note (optional)'));
    await userEvent.paste('x'.repeat(REVIEW_NOTE_MAX + 1));
    await userEvent.click(canvas.getByRole('button', { name: 'Record review' }));
    await expect(await canvas.findByRole('link', { name: /characters or fewer/ })).toBeVisible();
  },
};

export const Recording: Story = {
  parameters: { msw: { handlers: [mockPending('createReview')] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'No further action' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Record review' }));
    await expect(canvas.getByRole('button', { name: 'Record review' })).toBeDisabled();
  },
};

export const Recorded: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Contacted the local authority' }));
    await userEvent.type(canvas.getByLabelText('Note (optional)'), 'Rang the duty team.');
    await userEvent.click(canvas.getByRole('button', { name: 'Record review' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Review recorded');
    await expect(await canvas.findByText('You can enter up to 1000 characters')).toBeVisible();
  },
};

export const NotRecorded: Story = {
  parameters: { msw: { handlers: [mockNetworkError('createReview')] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'No further action' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Record review' }));
    await expect(await canvas.findByText(/The review could not be recorded/)).toBeVisible();
  },
};
