import { Route, Routes } from 'react-router';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { RoleHome } from './routes/role-home.tsx';
import { SignInPage } from './routes/sign-in.tsx';
import { ScreenBoundary } from './screen-boundary.tsx';
import { lazyNamed } from '../lib/lazy-named.ts';

/**
 * Each in its own chunk, fetched on first visit: other roles never download the safeguarding
 * screens or the LA portal. The check (home) and sign-in stay in the first download.
 */
const StatusPage = lazyNamed(() => import('./routes/status.tsx'), 'StatusPage');
const AttendancesPage = lazyNamed(
  () => import('../features/safeguarding/components/AttendancesPage.tsx'),
  'AttendancesPage',
);
const AttendanceRoute = lazyNamed(
  () => import('../features/safeguarding/components/AttendancePage.tsx'),
  'AttendanceRoute',
);
const InboxPage = lazyNamed(() => import('../features/la-portal/components/InboxPage.tsx'), 'InboxPage');
const NotificationRoute = lazyNamed(
  () => import('../features/la-portal/components/NotificationPage.tsx'),
  'NotificationRoute',
);
const UploadPage = lazyNamed(() => import('../features/la-portal/components/UploadPage.tsx'), 'UploadPage');
const ContactNumbersPage = lazyNamed(
  () => import('../features/la-portal/components/ContactNumbersPage.tsx'),
  'ContactNumbersPage',
);

/**
 * The route tree, declarative: react-router's data router (loaders, actions, route-level lazy)
 * would add about 15 KB to the first download for nothing this app uses.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route element={<ScreenBoundary />}>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="status" element={<StatusPage />} />
          {/* Home is the check at registration for health staff; an LA contact centre goes on to its portal. */}
          <Route element={<RequireSession />}>
            <Route index element={<RoleHome />} />
          </Route>
          <Route element={<RequireSession permission="safeguarding:review" />}>
            <Route path="safeguarding" element={<AttendancesPage />} />
            <Route path="safeguarding/attendances/:id" element={<AttendanceRoute />} />
          </Route>
          <Route element={<RequireSession permission="la:notifications" />}>
            <Route path="la" element={<InboxPage />} />
            <Route path="la/notifications/:id" element={<NotificationRoute />} />
          </Route>
          <Route element={<RequireSession permission="la:uploads" />}>
            <Route path="la/uploads" element={<UploadPage />} />
          </Route>
          <Route element={<RequireSession permission="la:directory" />}>
            <Route path="la/contact-numbers" element={<ContactNumbersPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
