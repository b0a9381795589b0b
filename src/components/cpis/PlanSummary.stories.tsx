import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { PlanSummary } from './PlanSummary.tsx';

const meta = {
  component: PlanSummary,
  title: 'CP-IS/PlanSummary',
  args: { plan: lookupFixtures.activeCpp().plans[0]!, now: fixtureTimes.saturdayAfternoon },
} satisfies Meta<typeof PlanSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ActiveOutOfHours: Story = {};
export const EndedInOfficeHours: Story = {
  args: { plan: lookupFixtures.endedWithStaleData('clinician').plans[0]!, now: fixtureTimes.mondayMorning },
};
export const UnbornOnTheMothersRecord: Story = { args: { plan: lookupFixtures.overdueUnborn().plans[0]! } };
