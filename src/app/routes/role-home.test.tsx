import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionFixture } from '../../../mocks/fixtures.ts';
import { mockEndpoint } from '../../../mocks/http.ts';
import { server } from '../../../mocks/node.ts';
import { renderRoute } from '../../test/render.tsx';

/** Records the body of every request to `path` the page makes. */
function record(path: string) {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (new URL(request.url).pathname === path) bodies.push(await request.clone().json());
  });
  return bodies;
}

const field = () => screen.getByRole('textbox', { name: 'NHS number' });

/** Opens "Find the NHS number" and searches PDS, leaving out what is not given. */
async function trace(
  user: ReturnType<typeof userEvent.setup>,
  details: { family: string; dob: [string, string, string]; given?: string; gender?: string; postcode?: string },
) {
  await user.click(await screen.findByText('Find the NHS number'));
  await user.type(screen.getByRole('textbox', { name: 'Family name' }), details.family);
  if (details.given) await user.type(screen.getByRole('textbox', { name: 'Given name (optional)' }), details.given);
  const [day, month, year] = details.dob;
  await user.type(screen.getByRole('textbox', { name: 'Day' }), day);
  await user.type(screen.getByRole('textbox', { name: 'Month' }), month);
  await user.type(screen.getByRole('textbox', { name: 'Year' }), year);
  if (details.gender) await user.click(screen.getByRole('radio', { name: details.gender }));
  if (details.postcode) await user.type(screen.getByRole('textbox', { name: 'Postcode (optional)' }), details.postcode);
  await user.click(screen.getByRole('button', { name: 'Search PDS' }));
}

describe('the check at home, with "Find the NHS number"', () => {
  let scrollTo: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    // jsdom lays nothing out, so it cannot scroll: record where the page asks to go.
    scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => {
    server.events.removeAllListeners();
    vi.restoreAllMocks();
  });

  it('offers the trace to a role with pds:trace; choosing a twin fills the number and checks CP-IS once', async () => {
    const lookups = record('/api/cpis/lookups');
    const user = userEvent.setup();
    renderRoute('/');
    await trace(user, { family: 'Brightwell', dob: ['11', '6', '2020'] });
    const results = await screen.findByRole('region', { name: '2 matches on PDS' });
    expect(lookups).toEqual([]);

    await user.click(within(results).getByRole('button', { name: 'Choose Noah Brightwell, 999 001 0021' }));
    expect(
      await screen.findByRole('heading', { name: 'No CP-IS information for this NHS number' }),
    ).toBeInTheDocument();
    expect(lookups).toEqual([{ nhsNumber: '9990010021' }]);
    expect(field()).toHaveValue('999 001 0021');
    expect(field()).toHaveFocus();
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
    expect(screen.getByText('Find the NHS number').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText(/^Chosen from PDS:/)).toHaveTextContent('Noah Brightwell, born 11 June 2020');
  });

  it('checks by itself one exact match on all five details, once, still showing the person', async () => {
    const lookups = record('/api/cpis/lookups');
    const user = userEvent.setup();
    renderRoute('/');
    await trace(user, {
      family: 'Ashdown',
      given: 'Maisie',
      dob: ['14', '3', '2019'],
      gender: 'Female',
      postcode: 'B12 9QZ',
    });
    expect(await screen.findByRole('heading', { name: 'CP-IS: 1 plan found Active' })).toBeInTheDocument();
    expect(lookups).toEqual([{ nhsNumber: '9990000018' }]);
    expect(screen.getByText(/^Chosen from PDS:/)).toHaveTextContent(
      'Chosen from PDS: Maisie Ashdown, born 14 March 2019, female, B12 9QZ (exact match)',
    );
  });

  it('no longer shows the chosen person once another number is typed', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await trace(user, { family: 'Brightwell', dob: ['11', '6', '2020'] });
    await user.click(await screen.findByRole('button', { name: 'Choose Ava Brightwell, 999 001 0013' }));
    expect(await screen.findByText(/^Chosen from PDS:/)).toHaveTextContent('Ava Brightwell');
    await user.clear(field());
    await user.type(field(), '9990000018');
    expect(await screen.findByRole('heading', { name: 'CP-IS: 1 plan found Active' })).toBeInTheDocument();
    expect(screen.queryByText(/^Chosen from PDS:/)).not.toBeInTheDocument();
  });

  it('does not offer the trace to a role that may check CP-IS but not trace a patient', async () => {
    const receptionist = sessionFixture();
    server.use(
      mockEndpoint('getSession', 200, {
        ...receptionist,
        permissions: receptionist.permissions.filter((permission) => permission !== 'pds:trace'),
      }),
    );
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    expect(field()).toBeInTheDocument();
    expect(screen.queryByText('Find the NHS number')).not.toBeInTheDocument();
  });
});
