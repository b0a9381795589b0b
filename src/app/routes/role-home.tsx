import { Navigate } from 'react-router';
import { useSession } from '../../features/auth/api/get-session.ts';
import { CheckPage } from '../../features/cpis-check/components/CheckPage.tsx';
import { ForbiddenPage } from './forbidden.tsx';

/**
 * Home is where the role works: the check at registration for health staff, the LA portal's inbox
 * for an LA contact centre (which may not check a child at all). Rendered behind RequireSession.
 */
export function RoleHome() {
  const { data: session } = useSession();
  if (session?.permissions.includes('cpis:lookup')) return <CheckPage />;
  if (session?.permissions.includes('la:notifications')) return <Navigate to="/la" replace />;
  return <ForbiddenPage />;
}
