import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { fixtureNow } from '../../../../mocks/lookups.ts';
import { server } from '../../../../mocks/node.ts';
import { reviewFixture, safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { renderWithRouter } from '../../../test/render.tsx';
import { AttendancePage } from './AttendancePage.tsx';

const id = safeguardingFixtures.maisieId;
const render = () => renderWithRouter(<AttendancePage id={id} now={() => fixtureNow} />);

describe('AttendancePage', () => {
  it('shows who, when, where, the plans, the visits and that it is not reviewed yet', async () => {
    server.use(mockEndpoint('getAttendance', 200, safeguardingFixtures.maisie()));
    render();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Maisie Ashdown: attendance on 21 November 2026 at 2:05pm',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('999 000 0018')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Child protection plan/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Previous 25 unscheduled care visits' })).toBeInTheDocument();
    expect(screen.getByText('Not reviewed yet.')).toBeInTheDocument();
  });

  it('records a review, shows it at once without opening the attendance again', async () => {
    let opened = 0;
    const posted: unknown[] = [];
    server.use(
      http.get('/api/safeguarding/attendances/:id', () => {
        opened += 1;
        return HttpResponse.json(safeguardingFixtures.maisie());
      }),
      http.post('/api/safeguarding/attendances/:id/review', async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ reviews: [reviewFixture] });
      }),
    );
    render();
    await userEvent.click(await screen.findByRole('radio', { name: 'Contacted the local authority' }));
    await userEvent.type(screen.getByLabelText('Note (optional)'), 'Rang the duty team.');
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Review recorded');
    await waitFor(() => expect(banner).toHaveFocus());
    expect(screen.getByRole('radio', { name: 'Contacted the local authority' })).not.toBeChecked();
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('');
    const history = screen.getByRole('region', { name: 'Reviews' });
    expect(within(history).getByText('Contacted the local authority')).toBeInTheDocument();
    expect(
      within(history).getByText(/Sam Okafor \(Safeguarding Lead\), 21 November 2026 at 3:10pm/),
    ).toBeInTheDocument();
    expect(posted).toEqual([{ outcome: 'contacted-local-authority', note: 'Rang the duty team.' }]);
    expect(opened).toBe(1);
  });

  it('asks for an outcome before recording, with an error summary', async () => {
    server.use(mockEndpoint('getAttendance', 200, safeguardingFixtures.maisie()));
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Record review' }));
    expect(screen.getByRole('link', { name: 'Select what you did' })).toHaveAttribute(
      'href',
      '#outcome-no-further-action',
    );
    expect(document.title).toBe('Error: Attendance - CP-IS Lookup - NHS');
  });

  it('shows earlier reviews', async () => {
    server.use(mockEndpoint('getAttendance', 200, safeguardingFixtures.maisieReviewed()));
    render();
    expect(await screen.findByText(/Rang the emergency duty team/)).toBeInTheDocument();
  });

  it('says "not found" for an attendance that is not at this organisation', async () => {
    server.use(mockEndpoint('getAttendance', 404, { error: { code: 'NOT_FOUND', message: 'No such attendance.' } }));
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Attendance not found' })).toBeInTheDocument();
  });
});
