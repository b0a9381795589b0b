import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn, userEvent, within } from 'storybook/test';
import { TraceForm } from './TraceForm.tsx';

const meta = {
  component: TraceForm,
  title: 'PDS trace/TraceForm',
  args: { onSearch: fn(), now: () => new Date('2026-11-21T14:30:00Z') },
} satisfies Meta<typeof TraceForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Problems: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Search PDS' }));
  },
};

export const RefusedByTheServer: Story = { args: { serverProblem: 'PDS cannot search on these details.' } };
