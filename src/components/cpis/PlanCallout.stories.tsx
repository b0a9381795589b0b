import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { PlanCallout } from './PlanCallout.tsx';

/** One whole plan, as the safeguarding review shows it. */
const meta = {
  component: PlanCallout,
  title: 'CP-IS/PlanCallout',
  args: { plan: lookupFixtures.activeCpp('clinician').plans[0]!, now: fixtureTimes.mondayMorning },
} satisfies Meta<typeof PlanCallout>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ActiveInOfficeHours: Story = {};
export const EndedWithOldData: Story = {
  args: { plan: lookupFixtures.endedWithStaleData('clinician').plans[0]!, now: fixtureTimes.saturdayAfternoon },
};
export const OverdueUnbornOnBankHoliday: Story = {
  args: { plan: lookupFixtures.overdueUnborn('clinician').plans[0]!, now: fixtureTimes.christmasMorning },
};
