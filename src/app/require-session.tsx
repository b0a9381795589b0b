import { Button } from 'nhsuk-react-components';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '#contract';
import { useSession } from '../features/auth/api/get-session.ts';
import { useSessionExpiry } from '../features/auth/session-lifecycle.ts';
import { usePageTitle } from '../lib/page-title.ts';
import { ForbiddenPage } from './routes/forbidden.tsx';

function SessionUnavailable({ onRetry }: { onRetry(): void }) {
  usePageTitle('Sorry, there is a problem with the service', true);
  return (
    <>
      <h1>Sorry, we cannot check that you are signed in</h1>
      <p>Try again in a moment. If you need to check a child now, follow your local safeguarding procedure.</p>
      <Button secondary onClick={onRetry}>
        Try again
      </Button>
    </>
  );
}

/**
 * The gate for pages behind sign-in: signed-out visitors go to sign-in and come back to the page
 * they wanted; a role without `permission` sees "You do not have permission". The BFF enforces
 * the same on every request; this only keeps people off pages that would be refused.
 */
export function RequireSession({ permission }: { permission?: Permission }) {
  const session = useSession();
  const location = useLocation();
  useSessionExpiry(session);

  if (session.isPending) return <p role="status">Checking you are signed in…</p>;
  if (session.isError) return <SessionUnavailable onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to="/sign-in" replace state={{ from: location }} />;
  if (permission && !session.data.permissions.includes(permission)) return <ForbiddenPage />;
  return <Outlet />;
}
