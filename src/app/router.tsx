import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { CheckPage } from '../features/cpis-check/components/CheckPage.tsx';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';
import { ErrorPage } from './routes/error-page.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { SignInPage } from './routes/sign-in.tsx';
import { StatusPage } from './routes/status.tsx';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'status', element: <StatusPage /> },
          // Home is the check at registration: the one thing every role comes here to do.
          { element: <RequireSession permission="cpis:lookup" />, children: [{ index: true, element: <CheckPage /> }] },
          {
            // Its own chunk: other roles never download the safeguarding screens.
            element: <RequireSession permission="safeguarding:review" />,
            children: [
              {
                path: 'safeguarding',
                lazy: async () => ({
                  Component: (await import('../features/safeguarding/components/AttendancesPage.tsx')).AttendancesPage,
                }),
              },
              {
                path: 'safeguarding/attendances/:id',
                lazy: async () => ({
                  Component: (await import('../features/safeguarding/components/AttendancePage.tsx')).AttendanceRoute,
                }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);

/** The real route tree in memory, for route-level tests. */
export const createTestRouter = (initialPath = '/') => createMemoryRouter(routes, { initialEntries: [initialPath] });
