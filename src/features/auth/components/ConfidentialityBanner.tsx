import { NotificationBanner } from 'nhsuk-react-components';
import { useSession } from '../api/get-session.ts';

/** On every signed-in screen, as the NHS EPS prescription tracker does: whose access this is, and what it shows. */
export function ConfidentialityBanner() {
  const { data: session } = useSession();
  if (!session) return null;
  return (
    <NotificationBanner titleId="confidentiality-title" title="Confidential patient information">
      <p>
        This screen shows confidential patient information, accessed by {session.user.name} ({session.role.jobRoleName},{' '}
        {session.role.organisation.name}). Use it only for the care and safeguarding of the patient in front of you.
      </p>
    </NotificationBanner>
  );
}
