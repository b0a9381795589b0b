import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sessionFixture } from '../../../mocks/fixtures.ts';
import { handlers } from '../../../mocks/handlers.ts';
import { mockEndpoint } from '../../../mocks/http.ts';
import { mockPdsUnavailable } from '../../../mocks/pds.ts';
import { useDrafts } from '../../stores/drafts.ts';
import { RoleHome } from './role-home.tsx';

/** Home for health staff: the check, with "Find the NHS number" (a PDS trace) for roles that may trace. */
const meta = {
  component: RoleHome,
  title: 'App/Check with PDS trace',
  beforeEach: () => useDrafts.getState().clear(),
  globals: { viewport: { value: 'nhsDesktop', isRotated: false } },
} satisfies Meta<typeof RoleHome>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

/** Opens the panel, and searches PDS by family name and date of birth when given them. */
const trace =
  (familyName?: string, [day, month, year] = ['', '', '']) =>
  async (canvas: Canvas) => {
    await userEvent.click(await canvas.findByText('Find the NHS number'));
    if (!familyName) return;
    await userEvent.type(canvas.getByRole('textbox', { name: 'Family name' }), familyName);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), day);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Month' }), month);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Year' }), year);
    await userEvent.click(canvas.getByRole('button', { name: 'Search PDS' }));
  };

export const PanelOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await trace()(canvas);
    await expect(canvas.getByRole('textbox', { name: 'Family name' })).toBeVisible();
  },
};

export const TwinsFound: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await trace('Brightwell', ['11', '6', '2020'])(canvas);
    await expect(await canvas.findByRole('heading', { name: '2 matches on PDS' })).toBeVisible();
  },
};

/** A twin chosen: the panel folds to one line naming her, and the outcome shows under the field. */
export const TwinChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await trace('Brightwell', ['11', '6', '2020'])(canvas);
    await userEvent.click(await canvas.findByRole('button', { name: 'Choose Ava Brightwell, 999 001 0013' }));
    await expect(
      await canvas.findByRole('heading', { name: 'No CP-IS information for this NHS number' }),
    ).toBeVisible();
    await expect(canvas.getByText(/^Chosen from PDS:/)).toHaveTextContent('Ava Brightwell');
  },
};

export const FlagAfterTrace: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await trace('Ashdown', ['14', '3', '2019'])(canvas);
    await userEvent.click(await canvas.findByRole('button', { name: 'Choose Maisie Ashdown, 999 000 0018' }));
    await expect(await canvas.findByRole('heading', { name: 'CP-IS: 1 plan found Active' })).toBeVisible();
  },
};

export const PdsCouldNotBeSearched: Story = {
  // These handlers replace the defaults, and the page needs the session too: so they follow.
  parameters: { msw: { handlers: [mockPdsUnavailable(), ...handlers] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await trace('Ashdown', ['14', '3', '2019'])(canvas);
    await expect(await canvas.findByRole('heading', { name: 'PDS could not be searched' })).toBeVisible();
  },
};

/** A role that may check CP-IS but not trace a patient: no panel. */
export const WithoutPatientTrace: Story = {
  parameters: {
    msw: {
      handlers: [
        mockEndpoint('getSession', 200, () => {
          const receptionist = sessionFixture();
          return { ...receptionist, permissions: receptionist.permissions.filter((p) => p !== 'pds:trace') };
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'NHS number' })).toBeVisible();
    await expect(canvas.queryByText('Find the NHS number')).toBeNull();
  },
};
