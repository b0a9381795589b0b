import { Header } from 'nhsuk-react-components';
import { Link, useLocation, useNavigate } from 'react-router';
import { SERVICE_NAME } from '../../../lib/page-title.ts';
import { useDeleteSession } from '../api/delete-session.ts';
import { useSession } from '../api/get-session.ts';

/** The NHS header; once signed in, who is working, in which role and where, and the way out. */
export function SessionHeader() {
  const { data: session } = useSession();
  const removeCard = useDeleteSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const inSafeguarding = pathname === '/safeguarding' || pathname.startsWith('/safeguarding/');

  return (
    <Header service={{ text: SERVICE_NAME, href: '/' }}>
      {session && (
        <Header.Account aria-label="Signed in">
          <Header.AccountItem icon>{session.user.name}</Header.AccountItem>
          <Header.AccountItem>
            {session.role.jobRoleName}, {session.role.organisation.name}
          </Header.AccountItem>
          <Header.AccountItem
            type="submit"
            formProps={{
              onSubmit: (event) => {
                event.preventDefault();
                removeCard.mutate(undefined, { onSuccess: () => void navigate('/sign-in') });
              },
            }}
          >
            Remove card
          </Header.AccountItem>
          {removeCard.isError && (
            <Header.AccountItem>
              <span role="alert">Sign-out failed: try again</span>
            </Header.AccountItem>
          )}
        </Header.Account>
      )}
      {session && (
        <Header.Navigation aria-label="Menu">
          {/* Only roles that may use the page see the link; the BFF refuses the rest anyway. */}
          {session.permissions.includes('cpis:lookup') && (
            <Header.NavigationItem asElement={Link} to="/" current={pathname === '/'}>
              Check CP-IS
            </Header.NavigationItem>
          )}
          {session.permissions.includes('la:notifications') && (
            <Header.NavigationItem
              asElement={Link}
              to="/la"
              current={pathname === '/la'}
              active={pathname.startsWith('/la/notifications/')}
            >
              Notifications
            </Header.NavigationItem>
          )}
          {session.permissions.includes('la:uploads') && (
            <Header.NavigationItem asElement={Link} to="/la/uploads" current={pathname === '/la/uploads'}>
              Send extract
            </Header.NavigationItem>
          )}
          {session.permissions.includes('la:directory') && (
            <Header.NavigationItem
              asElement={Link}
              to="/la/contact-numbers"
              current={pathname === '/la/contact-numbers'}
            >
              Contact numbers
            </Header.NavigationItem>
          )}
          {session.permissions.includes('safeguarding:review') && (
            // On one attendance the list is the section the page belongs to (aria-current="true"), not the page.
            <Header.NavigationItem
              asElement={Link}
              to="/safeguarding"
              current={pathname === '/safeguarding'}
              active={inSafeguarding}
            >
              Safeguarding review
            </Header.NavigationItem>
          )}
        </Header.Navigation>
      )}
    </Header>
  );
}
