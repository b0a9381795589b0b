import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';
import { ErrorPage } from './routes/error-page.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { RoleHome } from './routes/role-home.tsx';
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
          // Home is the check at registration for health staff; an LA contact centre goes on to its portal.
          { element: <RequireSession />, children: [{ index: true, element: <RoleHome /> }] },
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
          {
            // The LA portal, its own chunks: health roles never download it.
            element: <RequireSession permission="la:notifications" />,
            children: [
              {
                path: 'la',
                lazy: async () => ({
                  Component: (await import('../features/la-portal/components/InboxPage.tsx')).InboxPage,
                }),
              },
              {
                path: 'la/notifications/:id',
                lazy: async () => ({
                  Component: (await import('../features/la-portal/components/NotificationPage.tsx')).NotificationRoute,
                }),
              },
            ],
          },
          {
            element: <RequireSession permission="la:uploads" />,
            children: [
              {
                path: 'la/uploads',
                lazy: async () => ({
                  Component: (await import('../features/la-portal/components/UploadPage.tsx')).UploadPage,
                }),
              },
            ],
          },
          {
            element: <RequireSession permission="la:directory" />,
            children: [
              {
                path: 'la/contact-numbers',
                lazy: async () => ({
                  Component: (await import('../features/la-portal/components/ContactNumbersPage.tsx'))
                    .ContactNumbersPage,
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
