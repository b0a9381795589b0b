import { Suspense } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../../features/auth/api/get-session.ts';
import { CheckPage } from '../../features/cpis-check/components/CheckPage.tsx';
import { Boundary } from '../screen-boundary.tsx';
import { ForbiddenPage } from './forbidden.tsx';
import { lazyNamed } from '../../lib/lazy-named.ts';

/**
 * The trace is its own chunk, fetched as the check page first renders: the page, the field and the
 * flag do not wait for it, and roles that may not trace never download it.
 */
const TraceNhsNumber = lazyNamed(
  () => import('../../features/pds-trace/components/TraceNhsNumber.tsx'),
  'TraceNhsNumber',
);

/** If the trace cannot load, the check itself must stay usable: a line where the trace would be. */
const traceNotLoaded = () => (
  <p className="nhsuk-body-s">Find the NHS number could not be loaded. Reload the page to search PDS.</p>
);

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
            ? (choose, nhsNumber) => (
                <Boundary failed={traceNotLoaded}>
                  <Suspense fallback={null}>
                    <TraceNhsNumber onChoose={choose} nhsNumber={nhsNumber} />
                  </Suspense>
                </Boundary>
              )
            : undefined
        }
      />
    );
  }
  if (permissions.includes('la:notifications')) return <Navigate to="/la" replace />;
  return <ForbiddenPage />;
}
