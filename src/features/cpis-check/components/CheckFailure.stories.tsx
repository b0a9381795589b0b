import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { CheckFailure } from './CheckFailure.tsx';

const meta = {
  component: CheckFailure,
  title: 'CP-IS check/CheckFailure',
  args: { failure: { kind: 'unavailable' }, onCheckAgain: fn() },
} satisfies Meta<typeof CheckFailure>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CouldNotBeChecked: Story = {};
export const TooManyChecks: Story = {
  args: {
    failure: {
      kind: 'unavailable',
      message: 'You have made too many checks in a short time. Wait a minute, then check again.',
    },
  },
};
export const NoPermission: Story = { args: { failure: { kind: 'forbidden' } } };
