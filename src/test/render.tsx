import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../app/query-client.ts';
import { createTestRouter } from '../app/router.tsx';

/** Renders one component with the app's real query client settings. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = createQueryClient();
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

/** Renders the real route tree at a path, as the browser would. */
export function renderRoute(path: string) {
  const queryClient = createQueryClient();
  const router = createTestRouter(path);
  return {
    router,
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}
