import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { LA_ACTION_NOTE_MAX } from '#contract';
import { mockNetworkError, mockPending } from '../../../../mocks/http.ts';
import { laFixtures } from '../../../../mocks/la.ts';
import { ActionForm } from './ActionForm.tsx';

const meta = {
  component: ActionForm,
  title: 'LA portal/ActionForm',
  args: { notificationId: laFixtures.maisie.id, onError: fn(), onRecorded: fn() },
} satisfies Meta<typeof ActionForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const NoAction: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await expect(await canvas.findByRole('link', { name: 'Select what you did with this notification' })).toBeVisible();
  },
};

export const MissingCaseReference: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: "Filed on the child's case" }));
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await expect(await canvas.findByRole('link', { name: 'Enter the case reference it was filed on' })).toBeVisible();
  },
};

export const NoteTooLong: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Forwarded to the MASH (case closed)' }));
    await userEvent.click(canvas.getByRole('textbox', { name: 'Note (optional)' }));
    await userEvent.paste('x'.repeat(LA_ACTION_NOTE_MAX + 1));
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await expect(await canvas.findByRole('link', { name: /characters or fewer/ })).toBeVisible();
  },
};

export const Recording: Story = {
  parameters: { msw: { handlers: [mockPending('createNotificationAction')] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Forwarded to the MASH (case closed)' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await expect(canvas.getByRole('button', { name: 'Record action' })).toBeDisabled();
  },
};

export const Recorded: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: "Filed on the child's case" }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Case reference' }), 'BHM-2240');
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await waitFor(() => expect(args.onRecorded).toHaveBeenCalledWith('filed-on-case'));
    await expect(canvas.getByRole('textbox', { name: 'Case reference' })).toHaveValue('');
  },
};

export const NotRecorded: Story = {
  parameters: { msw: { handlers: [mockNetworkError('createNotificationAction')] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Forwarded to the MASH (case closed)' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await expect(await canvas.findByText(/The action could not be recorded/)).toBeVisible();
  },
};
