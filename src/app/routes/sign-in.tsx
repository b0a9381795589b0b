import { Navigate, useLocation, type Location } from 'react-router';
import { useSession } from '../../features/auth/api/get-session.ts';
import { SignIn } from '../../features/auth/components/SignIn.tsx';

/** Sign-in, then back to the page the user was sent here from (or home). */
export function SignInPage() {
  const { data: session } = useSession();
  const from = (useLocation().state as { from?: Location } | null)?.from;
  if (session) return <Navigate to={from ? `${from.pathname}${from.search}${from.hash}` : '/'} replace />;
  return <SignIn />;
}
