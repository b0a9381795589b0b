import { Footer, SkipLink } from 'nhsuk-react-components';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ConfidentialityBanner } from '../features/auth/components/ConfidentialityBanner.tsx';
import { SessionHeader } from '../features/auth/components/SessionHeader.tsx';

/**
 * After a page change that took the focused element with it (a form sent, a link in the old page),
 * focus goes to main: otherwise the keyboard would carry on from where the old page was, the footer.
 */
function useFocusMainAfterPageChange() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (document.activeElement === document.body) main.current?.focus();
  }, [pathname]);
  return main;
}

/** The NHS page frame: skip link, header (with who is signed in), one main landmark, footer. */
export function Layout() {
  const main = useFocusMainAfterPageChange();
  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <SessionHeader />
      <ConfidentialityBanner />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper nhsuk-main-wrapper--s" id="maincontent" tabIndex={-1} ref={main}>
          <Outlet />
        </main>
      </div>
      <Footer>
        <Footer.Meta>
          <Footer.ListItem asElement={Link} to="/status">
            Service status
          </Footer.ListItem>
          <Footer.Copyright>Child Protection - Information Sharing lookup for NHS staff</Footer.Copyright>
        </Footer.Meta>
      </Footer>
    </>
  );
}
