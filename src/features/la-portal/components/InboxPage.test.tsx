import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LA_PAGE_SIZE } from '#contract';
import { laFixtures } from '../../../../mocks/la.ts';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithRouter } from '../../../test/render.tsx';
import { INBOX_POLL_MS } from '../api/list-notifications.ts';
import { InboxPage } from './InboxPage.tsx';

const render = (at = '/la') => renderWithRouter(<InboxPage />, { path: '/la', at });

describe('InboxPage', () => {
  it('lists new notifications with when, where, the child, plan types and who looked; the count in title and heading', async () => {
    render();
    const table = await screen.findByRole('table', { name: 'New notifications: 1, newest first' });
    const [, row] = within(table).getAllByRole('row');
    expect(within(row!).getByRole('link', { name: '21 November 2026 at 2:05pm' })).toHaveAttribute(
      'href',
      '/la/notifications/101',
    );
    expect(row).toHaveTextContent('Example General Hospital ED');
    expect(row).toHaveTextContent('Emergency department');
    expect(row).toHaveTextContent('Maisie Ashdown');
    expect(row).toHaveTextContent('999 000 0018');
    expect(row).toHaveTextContent('Child protection plan');
    expect(row).toHaveTextContent('Reception (Receptionist)');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Notifications 1 new');
    expect(document.title).toBe('Notifications (1 new) - CP-IS Lookup - NHS');
  });

  it('asks for the status in the URL filter', async () => {
    const asked: string[] = [];
    server.use(
      mockEndpoint('listNotifications', 200, (request) => {
        asked.push(new URL(request.url).searchParams.get('status') ?? '');
        return laFixtures.all();
      }),
    );
    render('/la?status=all');
    expect(await screen.findByRole('table', { name: 'All notifications: 2, newest first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');
    expect(asked).toEqual(['all']);
  });

  it('links the pages either side, keeping the status filter', async () => {
    server.use(mockEndpoint('listNotifications', 200, { ...laFixtures.all(), total: 2 * LA_PAGE_SIZE + 1, page: 2 }));
    render('/la?status=all&page=2');
    await screen.findByRole('table', { name: /All notifications/ });
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/la?status=all');
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/la?status=all&page=3');
  });

  it('says when there is nothing new', async () => {
    server.use(mockEndpoint('listNotifications', 200, laFixtures.empty()));
    render();
    expect(await screen.findByText('No new notifications.')).toBeInTheDocument();
  });

  it('shows a new notification without reloading, by asking again while open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      server.use(mockEndpoint('listNotifications', 200, laFixtures.empty()));
      render();
      expect(await screen.findByText('No new notifications.')).toBeInTheDocument();
      server.use(mockEndpoint('listNotifications', 200, laFixtures.newOnly()));
      await vi.advanceTimersByTimeAsync(INBOX_POLL_MS);
      expect(await screen.findByText('Maisie Ashdown', { exact: false })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
