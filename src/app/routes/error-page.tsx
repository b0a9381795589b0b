import { usePageTitle } from '../../lib/page-title.ts';

/** Shown when a screen fails to render: never a blank page, never a stack trace. */
export function ErrorPage() {
  usePageTitle('Sorry, there is a problem with the service', true);
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later. If you need to check a child now, follow your local safeguarding procedure.</p>
      <p>
        <a href="/">Go to the CP-IS Lookup home page</a>
      </p>
    </>
  );
}
