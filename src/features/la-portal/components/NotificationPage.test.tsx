import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { laFixtures } from '../../../../mocks/la.ts';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { fixtureNow } from '../../../../mocks/lookups.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithRouter } from '../../../test/render.tsx';
import { NotificationPage } from './NotificationPage.tsx';

const render = () => renderWithRouter(<NotificationPage id="101" now={() => fixtureNow} />);

describe('NotificationPage', () => {
  it("shows the visit, the LA's plans, the visits everywhere and that nothing is recorded yet", async () => {
    render();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Maisie Ashdown: seen on 21 November 2026 at 2:05pm' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Child protection plan/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Previous 25 unscheduled care visits' })).toBeInTheDocument();
    expect(screen.getByText('Nothing recorded yet.')).toBeInTheDocument();
  });

  it('files it on a case with a reference, then says so in a success banner', async () => {
    const posted: unknown[] = [];
    server.use(
      mockEndpoint('createNotificationAction', 200, async (request) => {
        posted.push(await request.json());
        return laFixtures.filed();
      }),
    );
    render();
    await userEvent.click(await screen.findByRole('radio', { name: "Filed on the child's case" }));
    await userEvent.type(screen.getByLabelText('Case reference'), 'BHM-2240');
    await userEvent.click(screen.getByRole('button', { name: 'Record action' }));
    expect(await screen.findByRole('heading', { name: 'Action recorded' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveFocus();
    expect(posted).toEqual([{ action: 'filed-on-case', caseReference: 'BHM-2240' }]);
    expect(screen.getByText(': case BHM-2240', { exact: false })).toBeInTheDocument();
  });

  it('asks for what was done, and for the case reference when filing, before sending', async () => {
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Record action' }));
    expect(await screen.findByRole('link', { name: 'Select what you did with this notification' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: "Filed on the child's case" }));
    await userEvent.click(screen.getByRole('button', { name: 'Record action' }));
    expect(await screen.findByRole('link', { name: 'Enter the case reference it was filed on' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Error: /);
  });

  it("answers another LA's notification as not found", async () => {
    server.use(
      mockEndpoint('getNotification', 404, {
        error: { code: 'NOT_FOUND', message: 'There is no such notification for your local authority.' },
      }),
    );
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Notification not found' })).toBeInTheDocument();
  });
});
