import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { mockEndpoint, mockNetworkError, mockPending } from '../../../../mocks/http.ts';
import { fixtureNow, lookupFixtures } from '../../../../mocks/lookups.ts';
import { useDrafts } from '../../../stores/drafts.ts';
import { CheckPage } from './CheckPage.tsx';

const meta = {
  component: CheckPage,
  title: 'CP-IS check/CheckPage',
  args: { now: () => fixtureNow },
  beforeEach: () => useDrafts.getState().clear(),
} satisfies Meta<typeof CheckPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Types an NHS number as a receptionist would, and waits for the heading the state shows. */
const typeNumber =
  (nhsNumber: string, heading?: RegExp | string): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'NHS number' }), nhsNumber);
    if (heading) await expect(await canvas.findByRole('heading', { name: heading })).toBeVisible();
  };

export const Empty: Story = {};

export const InvalidNumber: Story = { play: typeNumber('999 000 0019') };

export const Checking: Story = {
  parameters: {
    msw: {
      handlers: [mockPending('createLookup')],
    },
  },
  play: typeNumber('9990000115'),
};

export const PlanFoundForReception: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createLookup', 200, lookupFixtures.activeCpp())] } },
  play: typeNumber('9990000018', 'CP-IS: 1 plan found Active'),
};

export const TwoPlansForClinician: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createLookup', 200, lookupFixtures.twoPlans('clinician'))] } },
  play: typeNumber('9990000077', 'CP-IS: 2 plans found 2 active'),
};

/** Two plans at 1366 x 768: the outcome, both plans with their status and both numbers on the first screen. */
export const TwoPlansAt1366x768: Story = {
  ...TwoPlansForClinician,
  globals: { viewport: { value: 'nhsDesktop', isRotated: false } },
};

export const OverdueUnbornPlanForClinician: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createLookup', 200, lookupFixtures.overdueUnborn('clinician'))] } },
  play: typeNumber('9990000107', 'CP-IS: 1 plan found Active'),
};

export const EndedPlanWithOldData: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createLookup', 200, lookupFixtures.endedWithStaleData())] } },
  play: typeNumber('9990000085', 'CP-IS: 1 plan found Ended'),
};

export const NoPlans: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createLookup', 200, lookupFixtures.noPlans())] } },
  play: typeNumber('9990000115', 'No CP-IS information for this NHS number'),
};

export const CouldNotBeChecked: Story = {
  parameters: { msw: { handlers: [mockNetworkError('createLookup')] } },
  play: typeNumber('9990000115', /CP-IS could not be checked/),
};

export const TooManyChecks: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('createLookup', 429, {
          error: {
            code: 'RATE_LIMITED',
            message: 'You have made too many checks in a short time. Wait a minute, then check again.',
          },
        }),
      ],
    },
  },
  play: typeNumber('9990000115', /CP-IS could not be checked/),
};

export const NoPermission: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('createLookup', 403, { error: { code: 'FORBIDDEN', message: 'You do not have permission.' } }),
      ],
    },
  },
  play: typeNumber('9990000018', 'You do not have permission to check CP-IS'),
};
