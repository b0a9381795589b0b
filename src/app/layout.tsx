import { Footer, SkipLink } from 'nhsuk-react-components';
import { Link, Outlet } from 'react-router';
import { ConfidentialityBanner } from '../features/auth/components/ConfidentialityBanner.tsx';
import { SessionHeader } from '../features/auth/components/SessionHeader.tsx';

/** The NHS page frame: skip link, header (with who is signed in), one main landmark, footer. */
export function Layout() {
  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <SessionHeader />
      <div className="nhsuk-width-container">
        <ConfidentialityBanner />
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
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
