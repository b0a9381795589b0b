import type { Meta, StoryObj } from '@storybook/react-vite';
import { safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { AttendancesTable } from './AttendancesTable.tsx';

const { attendances } = safeguardingFixtures.unreviewed();

const meta = {
  component: AttendancesTable,
  title: 'Safeguarding/AttendancesTable',
  args: { attendances, caption: 'Not reviewed attendances: page 1 of 1 (2 in all)' },
} satisfies Meta<typeof AttendancesTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NotReviewed: Story = {};

export const Reviewed: Story = {
  args: {
    attendances: [{ ...attendances[0]!, reviews: safeguardingFixtures.maisieReviewed().attendance.reviews }],
    caption: 'Reviewed attendances: page 1 of 1 (1 in all)',
  },
};

/** The commonest NHS desktop: NHS numbers and dates each stay on one line. */
export const Desktop1366: Story = {
  globals: { viewport: { value: 'desktop1366', isRotated: false } },
  parameters: {
    viewport: { options: { desktop1366: { name: '1366 x 768', styles: { width: '1366px', height: '768px' } } } },
  },
};
