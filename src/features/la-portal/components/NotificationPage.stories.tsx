import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { laFixtures } from '../../../../mocks/la.ts';
import { mockEndpoint, mockPending } from '../../../../mocks/http.ts';
import { fixtureNow } from '../../../../mocks/lookups.ts';
import { NotificationPage } from './NotificationPage.tsx';

const meta = {
  component: NotificationPage,
  title: 'LA portal/NotificationPage',
  args: { id: laFixtures.maisie.id, now: () => fixtureNow },
} satisfies Meta<typeof NotificationPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const New: Story = {};

export const Filed: Story = {
  parameters: {
    msw: {
      handlers: [mockEndpoint('getNotification', 200, { ...laFixtures.detail(), notification: laFixtures.filed() })],
    },
  },
};

export const MissingCaseReference: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: "Filed on the child's case" }));
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await expect(canvas.getByRole('link', { name: 'Enter the case reference it was filed on' })).toBeVisible();
  },
};

export const ActionRecorded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: "Filed on the child's case" }));
    await userEvent.type(canvas.getByLabelText('Case reference', { exact: false }), 'BHM-2240');
    await userEvent.click(canvas.getByRole('button', { name: 'Record action' }));
    await expect(await canvas.findByRole('heading', { name: 'Action recorded' })).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [mockPending('getNotification')] } },
};

export const NotFound: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('getNotification', 404, {
          error: { code: 'NOT_FOUND', message: 'There is no such notification for your local authority.' },
        }),
      ],
    },
  },
};
