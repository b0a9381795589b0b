import type { Meta, StoryObj } from '@storybook/react-vite';
import { lookupFixtures } from '../../../mocks/lookups.ts';
import { VisitsTable } from './VisitsTable.tsx';

const meta = {
  component: VisitsTable,
  title: 'CP-IS/VisitsTable',
  args: { visits: lookupFixtures.twoPlans('clinician').visits! },
} satisfies Meta<typeof VisitsTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithThisAttendance: Story = {};
export const None: Story = { args: { visits: [] } };
