import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation, type Location } from 'react-router';
import { createQueryClient } from '../app/query-client.ts';
import { AppRoutes } from '../app/router.tsx';

/** Renders one component with the app's real query client settings. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = createQueryClient();
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

/** Renders `routes` in a memory router at `at`; `location()` is where the app is now. */
function renderInRouter(routes: ReactElement, at: string) {
  const queryClient = createQueryClient();
  let current: Location | undefined;
  function LocationProbe() {
    current = useLocation();
    return null;
  }
  return {
    queryClient,
    location: () => current!,
    ...render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[at]}>
          {routes}
          <LocationProbe />
        </MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}

/** Renders the real route tree at a path, as the browser would. */
export const renderRoute = (path: string) => renderInRouter(<AppRoutes />, path);

/** Renders one screen on a route of its own (for components that read the URL or render links). */
export const renderWithRouter = (ui: ReactElement, { path = '/', at = path }: { path?: string; at?: string } = {}) =>
  renderInRouter(
    <Routes>
      <Route path={path} element={ui} />
    </Routes>,
    at,
  );
