import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { roleRequiredFixture, sessionFixture } from '../../mocks/fixtures.ts';
import { mockEndpoint, mockNetworkError } from '../../mocks/http.ts';
import { server } from '../../mocks/node.ts';
import { ApiClientError } from '../lib/api-client.ts';
import { useDrafts } from '../stores/drafts.ts';
import { renderRoute } from '../test/render.tsx';
import { createQueryClient } from './query-client.ts';
import { RequireSession } from './require-session.tsx';

const signedOut = () =>
  mockEndpoint('getSession', 401, {
    error: { code: 'UNAUTHENTICATED', message: 'You are not signed in, or your session has ended. Sign in again.' },
  });

async function signInWith(user: ReturnType<typeof userEvent.setup>, cardNumber = '555000000001') {
  await user.type(await screen.findByLabelText('Card number'), cardNumber);
  await user.type(screen.getByLabelText('Passcode'), '1234');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

const account = () => screen.getByRole('navigation', { name: 'Signed in' });

describe('signing in and out', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a signed-out visitor to sign-in, then back to the page they wanted', async () => {
    server.use(signedOut());
    const user = userEvent.setup();
    const { location } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in with your smartcard' })).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
    expect(screen.queryByRole('navigation', { name: 'Signed in' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Confidential patient information' })).not.toBeInTheDocument();

    await signInWith(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    expect(location().pathname).toBe('/');
    expect(within(account()).getByText('Alex Morgan')).toBeInTheDocument();
    expect(within(account()).getByText('Receptionist, Example General Hospital ED')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Confidential patient information' })).toHaveTextContent(
      'accessed by Alex Morgan (Receptionist)',
    );
  });

  it('lands an LA contact centre on its portal, not the check, with no link to the check', async () => {
    server.use(signedOut(), mockEndpoint('createSession', 200, sessionFixture('la-contact-centre')));
    const user = userEvent.setup();
    const { location } = renderRoute('/');
    await signInWith(user, '555000000021');
    expect(await screen.findByRole('heading', { level: 1, name: /^Notifications/ })).toBeInTheDocument();
    expect(location().pathname).toBe('/la');
    expect(screen.queryByRole('link', { name: 'Check CP-IS' })).not.toBeInTheDocument();
  });

  it('asks a card with several roles which one, and signs in under it', async () => {
    server.use(signedOut(), mockEndpoint('createSession', 400, roleRequiredFixture));
    const user = userEvent.setup();
    renderRoute('/');
    await signInWith(user, '555000000004');
    expect(await screen.findByRole('group', { name: 'Which role are you working in?' })).toBeInTheDocument();
    expect(document.title).toBe('Choose your role - CP-IS Lookup - NHS');

    const sent: unknown[] = [];
    server.use(
      mockEndpoint('createSession', 200, async (request) => {
        sent.push(await request.json());
        return sessionFixture('clinician');
      }),
    );
    await user.click(screen.getByRole('radio', { name: 'Nurse Practitioner, Example Town Walk-in Centre' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    expect(sent).toEqual([{ cardId: '555000000004', passcode: '1234', roleId: 'jordan-wic-clinician' }]);
  });

  it('"Remove card" signs out, says so, and forgets what was typed', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/');
    useDrafts.getState().signedInAs('alex-ed-reception');
    useDrafts.getState().saveDraft('cpis-check', { nhsNumber: '943 476 5919' });
    await user.click(await within(await screen.findByRole('banner')).findByRole('button', { name: 'Remove card' }));

    expect(await screen.findByText('You have removed your card and are signed out')).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
    expect(screen.queryByRole('navigation', { name: 'Signed in' })).not.toBeInTheDocument();
    expect(useDrafts.getState().drafts).toEqual({});
  });

  it('stays signed in, and says so, when removing the card fails', async () => {
    server.use(mockNetworkError('deleteSession'));
    const user = userEvent.setup();
    renderRoute('/');
    await user.click(await within(await screen.findByRole('banner')).findByRole('button', { name: 'Remove card' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-out failed: try again');
    expect(within(account()).getByText('Alex Morgan')).toBeInTheDocument();
  });

  it('returns to sign-in when the session ends, and keeps the draft for the same person', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { location } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    useDrafts.getState().signedInAs('alex-ed-reception');
    useDrafts.getState().saveDraft('cpis-check', { nhsNumber: '943 476 5919' });

    server.use(signedOut());
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(await screen.findByRole('heading', { level: 3, name: 'Your session has ended' })).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');

    await signInWith(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    expect(useDrafts.getState().drafts).toEqual({ 'cpis-check': { nhsNumber: '943 476 5919' } });
  });

  it('gives someone else a clean start after a session ends', async () => {
    const user = userEvent.setup();
    const { location, queryClient } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    useDrafts.getState().signedInAs('alex-ed-reception');
    useDrafts.getState().saveDraft('cpis-check', { nhsNumber: '943 476 5919' });

    // Any request refused with 401 UNAUTHENTICATED means the session ended on the server.
    await queryClient
      .fetchQuery({
        queryKey: ['cpis', 'lookup'],
        queryFn: () => Promise.reject(new ApiClientError('http', 'Sign in again.', 401, 'UNAUTHENTICATED')),
      })
      .catch(() => {});
    expect(await screen.findByRole('heading', { level: 3, name: 'Your session has ended' })).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');

    server.use(mockEndpoint('createSession', 200, () => sessionFixture('clinician')));
    await signInWith(user, '555000000002');
    expect(await within(account()).findByText('Priya Shah')).toBeInTheDocument();
    expect(useDrafts.getState().drafts).toEqual({});
  });

  it('says when it cannot check the sign-in, and checks again on request', async () => {
    server.use(mockNetworkError('getSession'));
    const user = userEvent.setup();
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sorry, we cannot check that you are signed in' }),
    ).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
  });

  it('sends a signed-in user away from the sign-in page', async () => {
    const { location } = renderRoute('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    expect(location().pathname).toBe('/');
  });
});

describe('a page for one permission', () => {
  function renderGuarded() {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <Routes>
            <Route element={<RequireSession permission="safeguarding:review" />}>
              <Route index element={<h1>Flagged attendances</h1>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
  }

  it('shows "You do not have permission" to a role without it', async () => {
    renderGuarded();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have permission to view this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Flagged attendances')).not.toBeInTheDocument();
  });

  it('shows the page to a role with it', async () => {
    server.use(mockEndpoint('getSession', 200, () => sessionFixture('safeguarding-lead')));
    renderGuarded();
    expect(await screen.findByRole('heading', { level: 1, name: 'Flagged attendances' })).toBeInTheDocument();
  });
});
