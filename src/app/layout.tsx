import { Footer, Header, SkipLink } from 'nhsuk-react-components';
import { Outlet } from 'react-router';
import { SERVICE_NAME } from '../lib/page-title.ts';

/** The NHS page frame: skip link, header with the service name, one main landmark, footer. */
export function Layout() {
  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <Header service={{ text: SERVICE_NAME, href: '/' }} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer>
        <Footer.Meta>
          <Footer.Copyright>Child Protection - Information Sharing lookup for NHS staff</Footer.Copyright>
        </Footer.Meta>
      </Footer>
    </>
  );
}
