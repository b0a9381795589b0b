import { Button } from 'nhsuk-react-components';
import { Component, Suspense, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '../components/Loading.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { ErrorPage } from './routes/error-page.tsx';

/** A screen's chunk could not be fetched: most often a new release replaced it since this page was opened. */
export function ScreenNotLoaded() {
  usePageTitle('This page could not be loaded', true);
  return (
    <>
      <h1>This page could not be loaded</h1>
      <p>
        The service may have been updated since you opened it, or the connection dropped. Reload the page to try again.
        If you need to check a child now, follow your local safeguarding procedure.
      </p>
      {/* A full reload fetches the new release's index.html and the chunks it names. */}
      <Button onClick={() => window.location.reload()}>Reload the page</Button>
    </>
  );
}

/** A dynamic import() that failed: the browsers' wordings for a chunk that did not arrive. */
const isChunkLoadFailure = (error: unknown) =>
  error instanceof TypeError &&
  /dynamically imported module|module script failed|importing a module script failed/i.test(error.message);

interface BoundaryProps {
  children: ReactNode;
  /** What shows instead of `children` once they have thrown. */
  failed: (error: unknown) => ReactNode;
}

/** React's error boundary (a class: there is no hook for it). */
export class Boundary extends Component<BoundaryProps, { error?: unknown; caught: boolean }> {
  override state = { error: undefined, caught: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, caught: true };
  }

  override render() {
    return this.state.caught ? this.props.failed(this.state.error) : this.props.children;
  }
}

const screenFailed = (error: unknown) => (isChunkLoadFailure(error) ? <ScreenNotLoaded /> : <ErrorPage />);

/**
 * Every screen renders inside this: a screen that throws shows the NHS error page (the frame and
 * header stay), a lazy screen shows "Loading…" while its chunk arrives and "reload" if it cannot.
 * Keyed by the path, so going to another page leaves an error behind.
 */
export function ScreenBoundary() {
  const { pathname } = useLocation();
  return (
    <Boundary key={pathname} failed={screenFailed}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </Boundary>
  );
}
