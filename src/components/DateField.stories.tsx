import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { noDate } from '../lib/date-parts.ts';
import { DateField } from './DateField.tsx';

const meta = {
  component: DateField,
  title: 'Components/DateField',
  args: { id: 'from', legend: 'From', hint: 'For example, 15 11 2026', value: noDate, onChange: fn() },
} satisfies Meta<typeof DateField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = { args: { value: { day: '15', month: '11', year: '2026' } } };

export const PartMissing: Story = {
  args: {
    value: { day: '1', month: '', year: '2026' },
    error: 'From date must include a month',
    faulty: ['month'],
  },
};

export const WholeDateRefused: Story = {
  args: {
    value: { day: '1', month: '1', year: '2026' },
    error: 'Choose dates no more than 92 days apart.',
  },
};
