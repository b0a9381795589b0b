import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureTimes, lookupFixtures } from '../../../../mocks/lookups.ts';
import { LookupResult } from './LookupResult.tsx';

const meta = {
  component: LookupResult,
  title: 'CP-IS check/LookupResult',
  args: { lookup: lookupFixtures.activeCpp(), now: fixtureTimes.saturdayAfternoon },
} satisfies Meta<typeof LookupResult>;
export default meta;
type Story = StoryObj<typeof meta>;

export const PlanFoundForReception: Story = {};
export const TwoPlansForClinicianInOfficeHours: Story = {
  args: { lookup: lookupFixtures.twoPlans('clinician'), now: fixtureTimes.mondayMorning },
};
export const EndedPlanForClinician: Story = { args: { lookup: lookupFixtures.endedWithStaleData('clinician') } };
export const OverdueUnbornOnBankHoliday: Story = {
  args: { lookup: lookupFixtures.overdueUnborn('clinician'), now: fixtureTimes.christmasMorning },
};
export const NoInformation: Story = { args: { lookup: lookupFixtures.noPlans() } };
