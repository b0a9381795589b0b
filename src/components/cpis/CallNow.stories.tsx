import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { CallNow } from './CallNow.tsx';

const meta = {
  component: CallNow,
  title: 'CP-IS/CallNow',
  args: { localAuthority: lookupFixtures.activeCpp().plans[0]!.localAuthority, now: fixtureTimes.mondayMorning },
} satisfies Meta<typeof CallNow>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OfficeHours: Story = {};
export const OutOfHours: Story = { args: { now: fixtureTimes.saturdayAfternoon } };
export const BankHoliday: Story = { args: { now: fixtureTimes.christmasMorning } };
