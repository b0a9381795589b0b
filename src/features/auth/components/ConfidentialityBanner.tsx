import { LOCAL_AUTHORITY_SETTING } from '#contract';
import { useSession } from '../api/get-session.ts';

/**
 * On every signed-in screen, as the NHS EPS prescription tracker does: whose access this is, and what
 * it shows. One line under the header (whose organisation the header says), so that it never pushes the check's
 * result down the screen.
 */
export function ConfidentialityBanner() {
  const { data: session } = useSession();
  if (!session) return null;
  // An LA contact centre sees its own children's records, not a patient in front of it.
  const purpose =
    session.role.settingType === LOCAL_AUTHORITY_SETTING
      ? "for this child's safeguarding only"
      : "for this patient's care and safeguarding only";
  return (
    <section className="app-confidentiality" aria-labelledby="confidentiality-title">
      <p className="nhsuk-width-container">
        <strong id="confidentiality-title">Confidential patient information</strong>: accessed by {session.user.name} (
        {session.role.jobRoleName}) {purpose}.
      </p>
    </section>
  );
}
