import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { receiptFixtures, uploadsFixtures } from '../../../../mocks/la.ts';
import { mockEndpoint, mockPending } from '../../../../mocks/http.ts';
import { UploadPage } from './UploadPage.tsx';

const meta = {
  component: UploadPage,
  title: 'LA portal/UploadPage',
  args: { now: () => new Date('2026-11-21T09:00:00Z') },
} satisfies Meta<typeof UploadPage>;
export default meta;
type Story = StoryObj<typeof meta>;

const send = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await userEvent.upload(
    canvas.getByLabelText('Extract file (CSV)'),
    new File(['la_code,la_plan_ref\n'], 'extract.csv', { type: 'text/csv' }),
  );
  await userEvent.click(canvas.getByRole('button', { name: 'Send extract' }));
  return canvas;
};

export const ChooseAFile: Story = {};

export const DataOutOfDate: Story = { args: { now: () => new Date('2026-11-23T09:00:00Z') } };

export const NeverUploaded: Story = {
  parameters: { msw: { handlers: [mockEndpoint('listUploads', 200, uploadsFixtures.none())] } },
};

export const NoFileChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send extract' }));
    await expect(canvas.getByText('Choose the CSV file to send')).toBeVisible();
  },
};

export const Uploading: Story = {
  parameters: { msw: { handlers: [mockPending('createExtract')] } },
  play: async ({ canvasElement }) => {
    const canvas = await send(canvasElement);
    await expect(await canvas.findByRole('status')).toBeVisible();
  },
};

export const SomeRowsRejected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await send(canvasElement);
    await expect(await canvas.findByText('Extract received: some rows were rejected.')).toBeVisible();
  },
};

export const EveryRowApplied: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createExtract', 200, receiptFixtures.applied())] } },
  play: async ({ canvasElement }) => {
    const canvas = await send(canvasElement);
    await expect(await canvas.findByText('Extract received: every row applied.')).toBeVisible();
  },
};

export const NothingApplied: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('createExtract', 422, {
          error: { code: 'EXTRACT_REJECTED', message: 'No row was applied: every row was rejected.' },
          receipt: { ...receiptFixtures.someRejected(), rows: { received: 2, applied: 0, rejected: 2 } },
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await send(canvasElement);
    await expect(await canvas.findByText('Nothing applied: every row was rejected.')).toBeVisible();
  },
};
