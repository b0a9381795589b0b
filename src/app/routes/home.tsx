import { CheckPage } from '../../features/cpis-check/components/CheckPage.tsx';

/** Home is the check at registration: the one thing every role comes here to do. */
export function HomePage() {
  return <CheckPage />;
}
