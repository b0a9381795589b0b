import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
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

/** Renders one screen on a route of its own (for components that read the URL or render links). */
export function renderWithRouter(ui: ReactElement, { path = '/', at = path }: { path?: string; at?: string } = {}) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [at] });
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
