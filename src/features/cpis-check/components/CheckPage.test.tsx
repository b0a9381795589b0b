import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { fixtureNow, lookupFixtures } from '../../../../mocks/lookups.ts';
import { server } from '../../../../mocks/node.ts';
import { useDrafts } from '../../../stores/drafts.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { CheckPage } from './CheckPage.tsx';

/** Counts the lookups the page makes, answering each with `body`. */
function countLookups(status: 200 | 503, body: object) {
  const calls: unknown[] = [];
  server.use(
    http.post('/api/cpis/lookups', async ({ request }) => {
      calls.push(await request.json());
      return HttpResponse.json(body, { status });
    }),
  );
  return calls;
}

const field = () => screen.getByRole('textbox', { name: 'NHS number' });
const render = () => renderWithProviders(<CheckPage now={() => fixtureNow} />);

describe('CheckPage', () => {
  beforeEach(() => useDrafts.getState().clear());

  it('checks CP-IS by itself once a valid 10-digit number is typed, exactly once, and formats it', async () => {
    const calls = countLookups(200, lookupFixtures.activeCpp());
    render();
    await userEvent.type(field(), '9990000018');
    expect(await screen.findByRole('heading', { name: 'CP-IS: 1 plan found Active' })).toBeInTheDocument();
    expect(calls).toEqual([{ nhsNumber: '9990000018' }]);
    expect(field()).toHaveValue('999 000 0018');
    expect(field()).toHaveAttribute('inputmode', 'numeric');
  });

  it('shows the indicator, the person to confirm and whom to call now, for reception', async () => {
    server.use(mockEndpoint('createLookup', 200, lookupFixtures.activeCpp()));
    render();
    await userEvent.type(field(), '999 000 0018');
    expect(await screen.findByRole('heading', { name: 'Child protection plan Active' })).toBeInTheDocument();
    expect(screen.getByText('Maisie Ashdown')).toBeInTheDocument();
    expect(screen.getByText('14 March 2019')).toBeInTheDocument();
    expect(screen.getByText('Birmingham City Council')).toBeInTheDocument();
    // Saturday 2:30pm: outside office hours, so the emergency duty team.
    const callNow = screen.getByText(/Call now:/).parentElement!;
    expect(callNow).toHaveTextContent('Call now: Birmingham City Council, emergency duty team (outside office hours)');
    expect(within(callNow).getByRole('link', { name: '0121 496 0909' })).toHaveAttribute('href', 'tel:01214960909');
    expect(screen.queryByText('Start date')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows plan dates, legal status and the visits table to a clinician', async () => {
    server.use(mockEndpoint('createLookup', 200, lookupFixtures.twoPlans('clinician')));
    render();
    await userEvent.type(field(), '9990000077');
    expect(await screen.findByRole('heading', { name: 'CP-IS: 2 plans found 2 active' })).toBeInTheDocument();
    expect(screen.getByText(/Voluntary accommodation/)).toBeInTheDocument();
    expect(screen.getAllByText('Start date')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Previous 25 unscheduled care visits' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('21 November 2026 at 2:05pm This attendance');
    expect(rows[1]).toHaveTextContent('Reception');
    expect(rows[2]).toHaveTextContent('2 October 2026 at 8:10pm');
    expect(rows[2]).toHaveTextContent('Walk-in centre');
    expect(rows[2]).not.toHaveTextContent('This attendance');
  });

  it('warns of an overdue unborn plan and of data more than 2 days old', async () => {
    server.use(mockEndpoint('createLookup', 200, lookupFixtures.overdueUnborn('clinician')));
    render();
    await userEvent.type(field(), '9990000107');
    expect(
      await screen.findByRole('heading', { name: "Unborn child protection plan: on this woman's record Active" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/expected delivery date has passed by more than 28 days/)).toBeInTheDocument();

    server.use(mockEndpoint('createLookup', 200, lookupFixtures.endedWithStaleData()));
    await userEvent.clear(field());
    await userEvent.type(field(), '9990000085');
    expect(await screen.findByText(/This plan has ended/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'CP-IS: 1 plan found Ended' })).toBeInTheDocument();
    expect(screen.getByText(/more than 2 days old/)).toBeInTheDocument();
  });

  it('says "no CP-IS information", and that this does not mean there are no concerns', async () => {
    server.use(mockEndpoint('createLookup', 200, lookupFixtures.noPlans()));
    render();
    await userEvent.type(field(), '9990000115');
    expect(
      await screen.findByRole('heading', { name: 'No CP-IS information for this NHS number' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/does not mean there are no safeguarding concerns/)).toBeInTheDocument();
    expect(screen.getByText(/only covers local authorities in England/)).toBeInTheDocument();
  });

  it.each([
    [
      'the server fails',
      () => mockEndpoint('createLookup', 503, { error: { code: 'CPIS_UNAVAILABLE', message: 'x' } }),
    ],
    ['the network fails', () => mockNetworkError('createLookup')],
    [
      'the answer breaks the contract',
      () => http.post('/api/cpis/lookups', () => HttpResponse.json({ outcome: 'no-plans' })),
    ],
  ])('when %s it says "could not be checked", never "no CP-IS information"', async (_, handler) => {
    server.use(handler());
    render();
    await userEvent.type(field(), '9990000115');
    expect(
      await screen.findByRole('heading', {
        name: 'CP-IS could not be checked: follow your local safeguarding procedure',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No CP-IS information/)).not.toBeInTheDocument();
  });

  it('retries with a new lookup when asked', async () => {
    const calls = countLookups(503, { error: { code: 'CPIS_UNAVAILABLE', message: 'CP-IS could not be checked.' } });
    render();
    await userEvent.type(field(), '9990000115');
    await userEvent.click(await screen.findByRole('button', { name: 'Check CP-IS again' }));
    await screen.findByRole('button', { name: 'Check CP-IS again' });
    expect(calls).toHaveLength(2);
  });

  it('validates before any request and links the error summary to the field', async () => {
    const calls = countLookups(200, lookupFixtures.noPlans());
    render();
    await userEvent.type(field(), '999 000 0019');
    expect(screen.getAllByText('Enter a valid NHS number: check you have typed it correctly')).toHaveLength(2);
    await userEvent.clear(field());
    await userEvent.type(field(), '99900');
    await userEvent.click(screen.getByRole('button', { name: 'Check CP-IS' }));
    const summary = screen.getByRole('link', { name: 'NHS number must be 10 digits' });
    expect(summary).toHaveAttribute('href', '#nhs-number');
    expect(document.title).toBe('Error: Check CP-IS - CP-IS Lookup - NHS');
    expect(calls).toEqual([]);
  });

  it('clears the result the moment the number changes', async () => {
    server.use(mockEndpoint('createLookup', 200, lookupFixtures.activeCpp()));
    render();
    await userEvent.type(field(), '9990000018');
    await screen.findByRole('heading', { name: 'CP-IS: 1 plan found Active' });
    await userEvent.type(field(), '{Backspace}');
    expect(screen.queryByRole('heading', { name: 'CP-IS: 1 plan found Active' })).not.toBeInTheDocument();
    expect(screen.queryByText('Maisie Ashdown')).not.toBeInTheDocument();
  });

  it('checks again on the button, as a new request', async () => {
    const calls = countLookups(200, lookupFixtures.noPlans());
    render();
    await userEvent.type(field(), '9990000115');
    await screen.findByRole('heading', { name: 'No CP-IS information for this NHS number' });
    await userEvent.click(screen.getByRole('button', { name: 'Check CP-IS' }));
    await screen.findByRole('heading', { name: 'No CP-IS information for this NHS number' });
    expect(calls).toHaveLength(2);
  });

  it('says so when the role may not check CP-IS', async () => {
    server.use(mockEndpoint('createLookup', 403, { error: { code: 'FORBIDDEN', message: 'No.' } }));
    render();
    await userEvent.type(field(), '9990000018');
    expect(
      await screen.findByRole('heading', { name: 'You do not have permission to check CP-IS' }),
    ).toBeInTheDocument();
  });

  it('runs on the default mocks (as npm run dev:mock does): demo numbers have plans, others none', async () => {
    render();
    await userEvent.type(field(), '9990000077');
    expect(await screen.findByRole('heading', { name: 'CP-IS: 2 plans found 2 active' })).toBeInTheDocument();
    await userEvent.clear(field());
    await userEvent.type(field(), '9990000131');
    expect(
      await screen.findByRole('heading', { name: 'No CP-IS information for this NHS number' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/999 000 0131/)).toBeInTheDocument();
  });
});
