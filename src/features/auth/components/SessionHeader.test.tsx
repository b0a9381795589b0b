import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sessionFixture } from '../../../../mocks/fixtures.ts';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithRouter } from '../../../test/render.tsx';
import { SessionHeader } from './SessionHeader.tsx';

const render = () => renderWithRouter(<SessionHeader />, { path: '*', at: '/' });

describe('SessionHeader', () => {
  it('names who is working, in which role and where, with the way out', async () => {
    render();
    const account = await screen.findByRole('navigation', { name: 'Signed in' });
    expect(account).toHaveTextContent('Alex Morgan');
    expect(account).toHaveTextContent('Receptionist, Example General Hospital ED');
    expect(within(account).getByRole('button', { name: 'Remove card' })).toBeInTheDocument();
  });

  it('links the safeguarding review only for a role that may use it', async () => {
    render();
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Check CP-IS' })).toHaveAttribute('href', '/');
    expect(within(menu).queryByRole('link', { name: 'Safeguarding review' })).not.toBeInTheDocument();
  });

  it('links the safeguarding review for the safeguarding lead', async () => {
    server.use(mockEndpoint('getSession', 200, () => sessionFixture('safeguarding-lead')));
    render();
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Safeguarding review' })).toHaveAttribute('href', '/safeguarding');
  });

  it('signs out when the card is removed, and goes to sign-in', async () => {
    const { location } = render();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove card' }));
    await vi.waitFor(() => expect(location().pathname).toBe('/sign-in'));
  });

  it('says when sign-out failed', async () => {
    server.use(mockNetworkError('deleteSession'));
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove card' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-out failed: try again');
  });

  it('shows only the service name when no one is signed in', async () => {
    server.use(mockEndpoint('getSession', 401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in again.' } }));
    render();
    expect(await screen.findByRole('link', { name: /CP-IS Lookup/ })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove card' })).not.toBeInTheDocument();
  });
});
