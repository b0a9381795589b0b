import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { mockPending } from '../../../../mocks/http.ts';
import { ContactNumbersPage } from './ContactNumbersPage.tsx';

const meta = {
  component: ContactNumbersPage,
  title: 'LA portal/ContactNumbersPage',
  // A Tuesday at 10am in England: the preview says to call the office hours number.
  args: { now: () => new Date('2026-11-17T10:00:00Z') },
} satisfies Meta<typeof ContactNumbersPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OfficeHours: Story = {};

export const OutOfHours: Story = { args: { now: () => new Date('2026-11-17T22:00:00Z') } };

export const InvalidNumber: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const duty = await canvas.findByLabelText('Emergency duty number', { exact: false });
    await userEvent.clear(duty);
    await userEvent.type(duty, 'ring us');
    await userEvent.click(canvas.getByRole('button', { name: 'Save numbers' }));
    await expect(await canvas.findByRole('link', { name: /Enter the emergency duty number/ })).toBeVisible();
  },
};

export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Save numbers' }));
    await expect(await canvas.findByText('Numbers saved.')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [mockPending('getLaDirectory')] } },
};
