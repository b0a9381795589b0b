import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { mockEndpoint, mockNetworkError, mockPending } from '../../../../mocks/http.ts';
import { mockPdsUnavailable, pdsFixtures } from '../../../../mocks/pds.ts';
import { TraceNhsNumber } from './TraceNhsNumber.tsx';

const meta = {
  component: TraceNhsNumber,
  title: 'PDS trace/TraceNhsNumber',
  args: { onChoose: fn(), open: true, now: () => new Date('2026-11-21T14:30:00Z') },
} satisfies Meta<typeof TraceNhsNumber>;
export default meta;
type Story = StoryObj<typeof meta>;

interface Details {
  family?: string;
  given?: string;
  dob?: [string, string, string];
  gender?: string;
  postcode?: string;
}

/** Fills the form and searches, then waits for the heading the state shows. */
const search =
  (details: Details, heading?: string): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    if (details.family) await userEvent.type(canvas.getByRole('textbox', { name: 'Family name' }), details.family);
    if (details.given)
      await userEvent.type(canvas.getByRole('textbox', { name: 'Given name (optional)' }), details.given);
    if (details.dob) {
      await userEvent.type(canvas.getByRole('textbox', { name: 'Day' }), details.dob[0]);
      await userEvent.type(canvas.getByRole('textbox', { name: 'Month' }), details.dob[1]);
      await userEvent.type(canvas.getByRole('textbox', { name: 'Year' }), details.dob[2]);
    }
    if (details.gender) await userEvent.click(canvas.getByRole('radio', { name: details.gender }));
    if (details.postcode)
      await userEvent.type(canvas.getByRole('textbox', { name: 'Postcode (optional)' }), details.postcode);
    await userEvent.click(canvas.getByRole('button', { name: 'Search PDS' }));
    if (heading) await expect(await canvas.findByRole('heading', { name: heading })).toBeVisible();
  };

const ashdown: Details = { family: 'Ashdown', dob: ['14', '3', '2019'] };

export const Closed: Story = { args: { open: false } };

export const Form: Story = {};

export const Problems: Story = { play: search({ given: 'M4isie', dob: ['31', '2', '2019'], postcode: 'nowhere' }) };

export const Searching: Story = {
  parameters: { msw: { handlers: [mockPending('createPdsSearch')] } },
  play: search(ashdown),
};

export const OneMatch: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createPdsSearch', 200, pdsFixtures.maisie())] } },
  play: search(ashdown, '1 match on PDS'),
};

/** Chosen, by itself here: the panel folds to one line naming the person, to confirm. */
export const ExactOnEveryDetailChosenByItself: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createPdsSearch', 200, pdsFixtures.maisie())] } },
  play: async (context) => {
    await search({ ...ashdown, given: 'Maisie', gender: 'Female', postcode: 'B12 9QZ' })!(context);
    await expect(await within(context.canvasElement).findByText(/^Chosen from PDS:/)).toBeVisible();
  },
};

export const Twins: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createPdsSearch', 200, pdsFixtures.twins())] } },
  play: search({ family: 'Brightwell', dob: ['11', '6', '2020'] }, '2 matches on PDS'),
};

export const RestrictedRecord: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createPdsSearch', 200, pdsFixtures.restricted())] } },
  play: search({ family: 'Wolverton', dob: ['8', '2', '2017'] }, '1 match on PDS'),
};

export const CloseMatches: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createPdsSearch', 200, pdsFixtures.closeAndPossible())] } },
  play: search({ family: 'Thistlewod', dob: ['25', '5', '2016'] }, '2 matches on PDS'),
};

export const NoMatch: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createPdsSearch', 200, pdsFixtures.noMatch())] } },
  play: search({ family: 'Nobody', dob: ['14', '3', '2019'] }, 'No match on PDS'),
};

export const TooManyMatches: Story = {
  parameters: { msw: { handlers: [mockEndpoint('createPdsSearch', 200, pdsFixtures.tooManyMatches())] } },
  play: search({ family: 'Smith', dob: ['1', '5', '2018'] }, 'Too many matches on PDS'),
};

export const PdsUnavailable: Story = {
  parameters: { msw: { handlers: [mockPdsUnavailable()] } },
  play: search(ashdown, 'PDS could not be searched'),
};

export const BffUnreachable: Story = {
  parameters: { msw: { handlers: [mockNetworkError('createPdsSearch')] } },
  play: search(ashdown, 'PDS could not be searched'),
};
