import type { Meta, StoryObj } from '@storybook/react-vite';
import { Outcome } from './Outcome.tsx';

const meta = {
  component: Outcome,
  title: 'CP-IS check/Outcome',
  args: { kind: 'flag', heading: 'CP-IS: 1 plan found', children: <p>The plan and the number to call.</p> },
} satisfies Meta<typeof Outcome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Flag: Story = {};
export const NoInformation: Story = {
  args: { kind: 'none', heading: 'No CP-IS information for this NHS number', children: <p>Not an all-clear.</p> },
};
export const CouldNotBeChecked: Story = {
  args: {
    kind: 'failed',
    heading: 'CP-IS could not be checked: follow your local safeguarding procedure',
    children: <p>The check did not complete.</p>,
  },
};
