import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { TraceNhsNumber } from './TraceNhsNumber.tsx';

const now = () => new Date('2026-11-21T14:30:00Z');

function render() {
  const onChoose = vi.fn();
  renderWithProviders(<TraceNhsNumber onChoose={onChoose} open now={now} />);
  return onChoose;
}

/** Fills the form as a receptionist would; leaves out what is not given. */
async function fill(details: {
  family?: string;
  given?: string;
  dob?: [string, string, string];
  gender?: string;
  postcode?: string;
}) {
  if (details.family) await userEvent.type(screen.getByRole('textbox', { name: 'Family name' }), details.family);
  if (details.given)
    await userEvent.type(screen.getByRole('textbox', { name: 'Given name (optional)' }), details.given);
  if (details.dob) {
    const [day, month, year] = details.dob;
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), day);
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), month);
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), year);
  }
  if (details.gender) await userEvent.click(screen.getByRole('radio', { name: details.gender }));
  if (details.postcode)
    await userEvent.type(screen.getByRole('textbox', { name: 'Postcode (optional)' }), details.postcode);
  await userEvent.click(screen.getByRole('button', { name: 'Search PDS' }));
}

/** Records each search the panel sends. */
function recordSearches() {
  const searches: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (new URL(request.url).pathname === '/api/pds/searches') searches.push(await request.clone().json());
  });
  return searches;
}

describe('TraceNhsNumber', () => {
  afterEach(() => server.events.removeAllListeners());

  it('traces by family name and date of birth, sends one search, and shows the match to choose', async () => {
    const searches = recordSearches();
    const onChoose = render();
    await fill({ family: 'Ashdown', dob: ['14', '3', '2019'] });
    const result = await screen.findByRole('region', { name: '1 match on PDS' });
    expect(searches).toEqual([{ familyName: 'Ashdown', dateOfBirth: '2019-03-14' }]);
    expect(within(result).getByText('Maisie Ashdown')).toBeInTheDocument();
    expect(within(result).getByText('(exact match)')).toBeInTheDocument();
    expect(within(result).getByText('14 March 2019')).toBeInTheDocument();
    expect(within(result).getByText('Female')).toBeInTheDocument();
    expect(within(result).getByText('B12 9QZ')).toBeInTheDocument();
    expect(onChoose).not.toHaveBeenCalled();
    await userEvent.click(within(result).getByRole('button', { name: 'Choose Maisie Ashdown, 999 000 0018' }));
    expect(onChoose).toHaveBeenCalledWith('9990000018');
    expect(within(result).getByText('Chosen: CP-IS is checked for this NHS number')).toBeInTheDocument();
  });

  it('chooses by itself one exact match on all five details, still showing the person', async () => {
    const onChoose = render();
    await fill({
      family: 'Ashdown',
      given: 'Maisie',
      dob: ['14', '03', '2019'],
      gender: 'Female',
      postcode: 'B12 9QZ',
    });
    expect(await screen.findByText('Chosen: CP-IS is checked for this NHS number')).toBeInTheDocument();
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('9990000018');
    expect(screen.getByText(/^Chosen from PDS:/)).toHaveTextContent(
      'Chosen from PDS: Maisie Ashdown, born 14 March 2019, female, B12 9QZ (exact match)',
    );
  });

  it('folds the panel away on choosing, leaving the chosen person to confirm; opening it shows the results', async () => {
    const onChoose = render();
    const panel = screen.getByText('Find the NHS number').closest('details')!;
    await fill({ family: 'Brightwell', dob: ['11', '6', '2020'] });
    const result = await screen.findByRole('region', { name: '2 matches on PDS' });
    expect(panel).toHaveAttribute('open');
    expect(screen.queryByText(/^Chosen from PDS:/)).not.toBeInTheDocument();

    await userEvent.click(within(result).getByRole('button', { name: 'Choose Noah Brightwell, 999 001 0021' }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('9990010021');
    expect(panel).not.toHaveAttribute('open');
    expect(screen.getByText(/^Chosen from PDS:/)).toHaveTextContent(
      'Chosen from PDS: Noah Brightwell, born 11 June 2020, male, LS8 4QJ (exact match)',
    );

    await userEvent.click(screen.getByText('Find the NHS number'));
    expect(panel).toHaveAttribute('open');
    expect(within(result).getByText('Chosen: CP-IS is checked for this NHS number')).toBeInTheDocument();
    expect(screen.queryByText(/^Chosen from PDS:/)).not.toBeInTheDocument();
  });

  it('shows both twins', async () => {
    render();
    await fill({ family: 'Brightwell', dob: ['11', '6', '2020'] });
    const result = await screen.findByRole('region', { name: '2 matches on PDS' });
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((item) => within(item).getByRole('heading').textContent),
    ).toEqual(['Ava Brightwell (exact match)', 'Noah Brightwell (exact match)']);
  });

  it('says a restricted record hides its address', async () => {
    render();
    await fill({ family: 'Wolverton', dob: ['8', '2', '2017'] });
    expect(await screen.findByText('Restricted record: address hidden')).toBeInTheDocument();
  });

  it('says what to try after no match, and searches close spellings on request', async () => {
    const searches = recordSearches();
    render();
    await fill({ family: 'Thistlewod', dob: ['25', '5', '2016'] });
    expect(await screen.findByRole('heading', { name: 'No match on PDS' })).toBeInTheDocument();
    expect(screen.getByText(/leave out the postcode or gender/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Search again including close spellings' }));
    expect(await screen.findByText('Oscar Thistlewood')).toBeInTheDocument();
    expect(screen.getByText('(close match)')).toBeInTheDocument();
    expect(screen.getByText('(possible match)')).toBeInTheDocument();
    expect(searches).toEqual([
      { familyName: 'Thistlewod', dateOfBirth: '2016-05-25' },
      { familyName: 'Thistlewod', dateOfBirth: '2016-05-25', fuzzy: true },
    ]);
  });

  it('says what to add after too many matches', async () => {
    render();
    await fill({ family: 'Smith', dob: ['1', '5', '2018'] });
    expect(await screen.findByRole('heading', { name: 'Too many matches on PDS' })).toBeInTheDocument();
    expect(screen.getByText('the postcode')).toBeInTheDocument();
  });

  it.each([
    [
      'PDS is unavailable (503)',
      mockEndpoint('createPdsSearch', 503, {
        error: { code: 'PDS_UNAVAILABLE', message: 'PDS could not be searched.' },
      }),
    ],
    ['the BFF cannot be reached', mockNetworkError('createPdsSearch')],
  ])('says "PDS could not be searched", never no match, when %s, and searches again on request', async (_, handler) => {
    server.use(handler);
    const searches = recordSearches();
    render();
    await fill({ family: 'Ashdown', dob: ['14', '3', '2019'] });
    expect(await screen.findByRole('heading', { name: 'PDS could not be searched' })).toBeInTheDocument();
    expect(screen.queryByText('No match on PDS')).not.toBeInTheDocument();
    expect(searches).toHaveLength(1);
    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Search PDS again' }));
    expect(await screen.findByRole('region', { name: '1 match on PDS' })).toBeInTheDocument();
  });

  it('names each problem in the error summary, linked to its field, and sends nothing', async () => {
    const searches = recordSearches();
    render();
    await fill({ given: 'M4isie', dob: ['31', '2', '2019'], postcode: 'nowhere' });
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a family name', '#trace-family-name'],
      ['Given name must only include letters, spaces, hyphens and apostrophes', '#trace-given-name'],
      ['Date of birth must be a real date', '#trace-date-of-birth-day'],
      ['Enter a full UK postcode, like LS1 4AP', '#trace-postcode'],
    ]);
    expect(searches).toEqual([]);
  });

  it('refuses a date of birth in the future', async () => {
    render();
    await fill({ family: 'Ashdown', dob: ['1', '1', '2027'] });
    expect(await screen.findByRole('link', { name: 'Date of birth must be today or in the past' })).toBeInTheDocument();
  });

  it('shows a search the server refuses in the error summary', async () => {
    server.use(
      http.post('/api/pds/searches', () =>
        HttpResponse.json(
          { error: { code: 'INVALID_REQUEST', message: 'PDS cannot search on these details.' } },
          { status: 400 },
        ),
      ),
    );
    render();
    await fill({ family: 'Ashdown', dob: ['14', '3', '2019'] });
    expect(await screen.findByText('PDS cannot search on these details.')).toBeInTheDocument();
  });
});
