import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';
import { ErrorPage } from './routes/error-page.tsx';
import { HomePage } from './routes/home.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { SignInPage } from './routes/sign-in.tsx';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          // Pages for one permission go under <RequireSession permission="..." />.
          { element: <RequireSession />, children: [{ index: true, element: <HomePage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);

/** The real route tree in memory, for route-level tests. */
export const createTestRouter = (initialPath = '/') => createMemoryRouter(routes, { initialEntries: [initialPath] });
