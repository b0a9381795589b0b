import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { renderWithRouter } from '../../../test/render.tsx';
import { AttendancesPage } from './AttendancesPage.tsx';

/** Types a date into the NHS date input (day, month and year fields) named by its legend. */
async function typeDate(legend: string, day: string, month: string, year: string) {
  const date = within(screen.getByRole('group', { name: legend }));
  for (const [label, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    await userEvent.clear(date.getByLabelText(label));
    if (value) await userEvent.type(date.getByLabelText(label), value);
  }
}

const render = (path = '/safeguarding') => renderWithRouter(<AttendancesPage />, { path: '/safeguarding', at: path });

describe('AttendancesPage', () => {
  it('lists the unreviewed attendances with the count, people, plans and links', async () => {
    server.use(mockEndpoint('listAttendances', 200, safeguardingFixtures.unreviewed()));
    render();
    expect(await screen.findByText('2 attendances not reviewed')).toBeInTheDocument();
    const table = screen.getByRole('table');
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Maisie Ashdown');
    expect(first).toHaveTextContent('NHS number 999 000 0018');
    expect(second).toHaveTextContent('Child protection plan; Looked after child');
    expect(within(first!).getByRole('link', { name: '21 November 2026 at 2:05pm' })).toHaveAttribute(
      'href',
      `/safeguarding/attendances/${safeguardingFixtures.maisieId}`,
    );
  });

  it('keeps the filters in the URL and sends them to the server', async () => {
    const queries: string[] = [];
    server.use(
      http.get('/api/safeguarding/attendances', ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        // As the server does: the answer names the filters it is for.
        return HttpResponse.json({ ...safeguardingFixtures.empty(), status: url.searchParams.get('status') });
      }),
    );
    const { location } = render();
    await screen.findByText('0 attendances not reviewed');
    await typeDate('From', '1', '11', '2026');
    await typeDate('To', '10', '11', '2026');
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'all');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText(/No attendances from/);
    expect(location().search).toBe('?from=2026-11-01&to=2026-11-10&status=all');
    expect(queries.at(-1)).toBe('?from=2026-11-01&to=2026-11-10&status=all&page=1');
  });

  it('labels the rows with the filters they were found with, while new ones load', async () => {
    server.use(mockEndpoint('listAttendances', 200, safeguardingFixtures.unreviewed()));
    render();
    await screen.findByText('2 attendances not reviewed');
    server.use(
      http.get('/api/safeguarding/attendances', async () => {
        await new Promise(() => {});
        return HttpResponse.json(safeguardingFixtures.empty());
      }),
    );
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'reviewed');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Updating the list for these filters…')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^Not reviewed attendances/ })).toBeInTheDocument();
  });

  it('says when there is nothing to review', async () => {
    server.use(mockEndpoint('listAttendances', 200, safeguardingFixtures.empty()));
    render();
    expect(
      await screen.findByText('No not reviewed attendances from 15 November 2026 to 21 November 2026.'),
    ).toBeInTheDocument();
  });

  it('links the next page, keeping the filters', async () => {
    server.use(mockEndpoint('listAttendances', 200, safeguardingFixtures.firstOfTwoPages()));
    render('/safeguarding?status=unreviewed');
    expect(await screen.findByRole('table', { name: /page 1 of 2 \(62 in all\)/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      '/safeguarding?status=unreviewed&page=2',
    );
  });

  it('shows a range the server refuses as an error linked to the dates', async () => {
    server.use(
      mockEndpoint('listAttendances', 400, {
        error: { code: 'RANGE_TOO_LARGE', message: 'Choose dates no more than 92 days apart.' },
      }),
    );
    render('/safeguarding?from=2026-01-01&to=2026-06-01');
    expect(await screen.findByRole('link', { name: 'Choose dates no more than 92 days apart.' })).toHaveAttribute(
      'href',
      '#from-day',
    );
    expect(screen.getByRole('group', { name: 'From' })).toHaveAccessibleDescription(/92 days apart/);
    // The dates that were refused stay in their fields, to be corrected.
    expect(within(screen.getByRole('group', { name: 'From' })).getByLabelText('Month')).toHaveValue('1');
    expect(within(screen.getByRole('group', { name: 'To' })).getByLabelText('Month')).toHaveValue('6');
    expect(document.title).toBe('Error: Safeguarding review - CP-IS Lookup - NHS');
  });

  it('asks for dates in day, month and year fields, not a browser date picker', async () => {
    server.use(mockEndpoint('listAttendances', 200, safeguardingFixtures.empty()));
    render();
    await screen.findByText('0 attendances not reviewed');
    for (const legend of ['From', 'To']) {
      const date = within(screen.getByRole('group', { name: legend }));
      for (const label of ['Day', 'Month', 'Year']) {
        expect(date.getByLabelText(label)).toHaveAttribute('type', 'text');
        expect(date.getByLabelText(label)).toHaveAttribute('inputmode', 'numeric');
      }
    }
  });

  it('says what is wrong with each date at its own field, marks only the part at fault, and sends nothing', async () => {
    const queries: string[] = [];
    server.use(
      http.get('/api/safeguarding/attendances', ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json(safeguardingFixtures.empty());
      }),
    );
    const { location } = render();
    await screen.findByText('0 attendances not reviewed');
    await typeDate('From', '1', '', '2026');
    await typeDate('To', '31', '11', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    const summary = within(screen.getByRole('alert'));
    expect(summary.getByRole('link', { name: 'From date must include a month' })).toHaveAttribute('href', '#from-day');
    expect(summary.getByRole('link', { name: 'To date must be a real date' })).toHaveAttribute('href', '#to-day');
    const from = screen.getByRole('group', { name: 'From' });
    expect(from).toHaveAccessibleDescription(/From date must include a month/);
    expect(screen.getByRole('group', { name: 'To' })).toHaveAccessibleDescription(/To date must be a real date/);
    expect(within(from).getByLabelText('Month')).toHaveClass('nhsuk-input--error');
    expect(within(from).getByLabelText('Day')).not.toHaveClass('nhsuk-input--error');
    expect(document.title).toBe('Error: Safeguarding review - CP-IS Lookup - NHS');
    expect(location().search).toBe('');
    expect(queries).toEqual(['?status=unreviewed&page=1']);
  });

  it('says when the list could not be loaded, and tries again', async () => {
    server.use(mockEndpoint('listAttendances', 503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'Down.' } }));
    render();
    expect(await screen.findByRole('heading', { name: 'Attendances could not be loaded' })).toBeInTheDocument();
    server.use(mockEndpoint('listAttendances', 200, safeguardingFixtures.unreviewed()));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('2 attendances not reviewed')).toBeInTheDocument();
  });
});
