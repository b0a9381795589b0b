import { Navigate } from 'react-router';
import { useSession } from '../../features/auth/api/get-session.ts';
import { CheckPage } from '../../features/cpis-check/components/CheckPage.tsx';
import { TraceNhsNumber } from '../../features/pds-trace/components/TraceNhsNumber.tsx';
import { ForbiddenPage } from './forbidden.tsx';

/**
 * Home is where the role works: the check at registration for health staff, the LA portal's inbox
 * for an LA contact centre (which may not check a child at all). Rendered behind RequireSession.
 * The check offers "Find the NHS number" (a PDS trace) to roles that may trace a patient.
 */
export function RoleHome() {
  const { data: session } = useSession();
  const permissions = session?.permissions ?? [];
  if (permissions.includes('cpis:lookup')) {
    return (
      <CheckPage
        findNhsNumber={
          permissions.includes('pds:trace')
            ? (choose, nhsNumber) => <TraceNhsNumber onChoose={choose} nhsNumber={nhsNumber} />
            : undefined
        }
      />
    );
  }
  if (permissions.includes('la:notifications')) return <Navigate to="/la" replace />;
  return <ForbiddenPage />;
}
