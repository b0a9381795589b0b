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

type MemoryRouter = ReturnType<typeof createMemoryRouter>;

function renderRouter(router: MemoryRouter) {
  const queryClient = createQueryClient();
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

/** Renders the real route tree at a path, as the browser would. */
export const renderRoute = (path: string) => renderRouter(createTestRouter(path));

/** Renders one screen on a route of its own (for components that read the URL or render links). */
export const renderWithRouter = (ui: ReactElement, { path = '/', at = path }: { path?: string; at?: string } = {}) =>
  renderRouter(createMemoryRouter([{ path, element: ui }], { initialEntries: [at] }));
