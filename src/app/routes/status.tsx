import { ServiceStatus } from '../../features/status/components/ServiceStatus.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

/** Public: whether the service and its store answer, for staff and support when a check fails. */
export function StatusPage() {
  usePageTitle('Service status');
  return (
    <>
      <h1>CP-IS Lookup service status</h1>
      <ServiceStatus />
    </>
  );
}
