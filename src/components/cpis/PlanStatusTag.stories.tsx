import type { Meta, StoryObj } from '@storybook/react-vite';
import { PlanStatusTag } from './PlanStatusTag.tsx';

const meta = {
  component: PlanStatusTag,
  title: 'CP-IS/PlanStatusTag',
  args: { plan: { status: 'active', endDate: null } },
} satisfies Meta<typeof PlanStatusTag>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Active: Story = {};
export const EndedWithDate: Story = { args: { plan: { status: 'ended', endDate: '2026-08-21' } } };
export const EndedForReception: Story = { args: { plan: { status: 'ended' } } };
