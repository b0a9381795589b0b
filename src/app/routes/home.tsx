import { ServiceStatus } from '../../features/status/components/ServiceStatus.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

export function HomePage() {
  usePageTitle('Home');
  return (
    <>
      <h1>CP-IS Lookup</h1>
      <p className="nhsuk-lede-text">
        Check whether a child is on a child protection plan, is looked after, or (on the mother&apos;s record) is an
        unborn child on a plan, and whom to call at the local authority.
      </p>
      <ServiceStatus />
    </>
  );
}
