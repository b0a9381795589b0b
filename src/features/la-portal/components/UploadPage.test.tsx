import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { receiptFixtures, uploadsFixtures } from '../../../../mocks/la.ts';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { UploadPage } from './UploadPage.tsx';

const at = (iso: string) => () => new Date(iso);
const csv = () => new File(['la_code,la_plan_ref\n'], 'extract.csv', { type: 'text/csv' });

describe('UploadPage', () => {
  it('sends the chosen file and shows the receipt with each rejected row', async () => {
    const sent: string[] = [];
    server.use(
      mockEndpoint('createExtract', 200, async (request) => {
        sent.push(request.headers.get('content-type') ?? '');
        return receiptFixtures.someRejected();
      }),
    );
    renderWithProviders(<UploadPage now={at('2026-11-21T09:00:00Z')} />);
    await userEvent.upload(screen.getByLabelText('Extract file (CSV)'), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Send extract' }));
    expect(await screen.findByText('Extract received: some rows were rejected.')).toBeInTheDocument();
    const rejected = screen.getByRole('table', { name: 'Rejected rows: correct them and send them again' });
    expect(within(rejected).getAllByRole('row')[2]).toHaveTextContent(
      'Line 4Plan reference LDS-CPP-0001Code WRONG_LAWhy this row is for another local authority',
    );
    expect(sent).toEqual(['text/csv']);
  });

  it('says when nothing applied, with the receipt', async () => {
    server.use(
      mockEndpoint('createExtract', 422, {
        error: { code: 'EXTRACT_REJECTED', message: 'No row was applied: every row was rejected.' },
        receipt: { ...receiptFixtures.someRejected(), rows: { received: 2, applied: 0, rejected: 2 } },
      }),
    );
    renderWithProviders(<UploadPage now={at('2026-11-21T09:00:00Z')} />);
    await userEvent.upload(screen.getByLabelText('Extract file (CSV)'), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Send extract' }));
    expect(await screen.findByText('Nothing applied: every row was rejected.')).toBeInTheDocument();
  });

  it('asks for a file before sending', async () => {
    renderWithProviders(<UploadPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Send extract' }));
    expect(screen.getByText('Choose the CSV file to send')).toBeInTheDocument();
  });

  it('lists past uploads, and warns only when the last one that applied is over a day old', async () => {
    const { unmount } = renderWithProviders(<UploadPage now={at('2026-11-21T09:00:00Z')} />);
    expect(await screen.findByRole('table', { name: 'Your uploads, newest first' })).toHaveTextContent(
      'Birmingham case system (API)',
    );
    expect(screen.queryByText('Your data is more than a day old')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<UploadPage now={at('2026-11-22T08:00:00Z')} />);
    expect(await screen.findByText('Your data is more than a day old')).toBeInTheDocument();
  });

  it('warns when no extract has ever applied', async () => {
    server.use(mockEndpoint('listUploads', 200, uploadsFixtures.none()));
    renderWithProviders(<UploadPage />);
    expect(
      await screen.findByText('No extract from your local authority has applied yet.', { exact: false }),
    ).toBeInTheDocument();
  });
});
