import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { PlanDetails } from './PlanDetails.tsx';

const meta = {
  component: PlanDetails,
  title: 'CP-IS/PlanDetails',
  args: { plan: lookupFixtures.twoPlans('clinician').plans[1]!, now: fixtureTimes.saturdayAfternoon },
} satisfies Meta<typeof PlanDetails>;
export default meta;
type Story = StoryObj<typeof meta>;

export const LookedAfterForClinician: Story = {};
export const ForReception: Story = { args: { plan: lookupFixtures.activeCpp().plans[0]! } };
export const EndedWithOldData: Story = { args: { plan: lookupFixtures.endedWithStaleData('clinician').plans[0]! } };
export const OverdueUnborn: Story = { args: { plan: lookupFixtures.overdueUnborn('clinician').plans[0]! } };
