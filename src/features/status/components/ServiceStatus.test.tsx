import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ServiceStatus } from './ServiceStatus.tsx';

describe('ServiceStatus', () => {
  it('says it is checking, then that the database is ready and which engine', async () => {
    renderWithProviders(<ServiceStatus />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking the service');
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(screen.getByText(/embedded \(PGlite\)/)).toBeInTheDocument();
  });

  it('shows the server message when the database is down', async () => {
    server.use(
      mockEndpoint('ready', 503, {
        error: { code: 'DATABASE_UNAVAILABLE', message: 'The database is not available. Try again in a moment.' },
      }),
    );
    renderWithProviders(<ServiceStatus />);
    expect(await screen.findByText('Not available')).toBeInTheDocument();
    expect(screen.getByText(/The database is not available/)).toBeInTheDocument();
  });

  it('says the server could not be reached, and checks again on request', async () => {
    server.use(mockNetworkError('ready'));
    renderWithProviders(<ServiceStatus />);
    expect(await screen.findByText(/could not be reached/)).toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Ready')).toBeInTheDocument();
  });
});
