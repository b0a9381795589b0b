import { Link } from 'react-router';
import { usePageTitle } from '../../lib/page-title.ts';

export function ForbiddenPage() {
  usePageTitle('You do not have permission to view this page');
  return (
    <>
      <h1>You do not have permission to view this page</h1>
      <p>The role you signed in with cannot use this page.</p>
      <p>If you have another role that can, remove your card and sign in again with that role.</p>
      <p>
        <Link to="/">Go to the CP-IS Lookup home page</Link>
      </p>
    </>
  );
}
