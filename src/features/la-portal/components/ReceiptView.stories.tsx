import type { Meta, StoryObj } from '@storybook/react-vite';
import { receiptFixtures } from '../../../../mocks/la.ts';
import { ReceiptView } from './ReceiptView.tsx';

const meta = {
  component: ReceiptView,
  title: 'LA portal/ReceiptView',
  args: { receipt: receiptFixtures.applied() },
} satisfies Meta<typeof ReceiptView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllApplied: Story = {};

export const SomeRejected: Story = { args: { receipt: receiptFixtures.someRejected() } };

/** In the list of uploads, under the page's own section heading. */
export const InUploadsList: Story = { args: { receipt: receiptFixtures.someRejected(), headingLevel: 3 } };
