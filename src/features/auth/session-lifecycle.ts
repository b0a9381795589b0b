import { useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionResponse } from '#contract';
import { ApiClientError } from '../../lib/api-client.ts';
import { useDrafts } from '../../stores/drafts.ts';
import { useSessionNotice, type SessionNotice } from '../../stores/session-notice.ts';
import { sessionQueryKey, sessionQueryOptions } from './api/get-session.ts';

// Checks no more often than this, even where this computer's clock runs ahead of the server's.
const MIN_RECHECK_MS = 10_000;

/** The app's side of a session ending: say why, and drop everything fetched under it. */
export function endSession(queryClient: QueryClient, why: SessionNotice): void {
  useSessionNotice.getState().show(why);
  // Removing the card ends the work; an expiry keeps the drafts for the same person to sign back in to.
  if (why === 'signed-out') useDrafts.getState().clear();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, null);
}

/** For the query client: any request answered 401 UNAUTHENTICATED means the session has ended. */
export function endSessionIfUnauthenticated(queryClient: QueryClient, error: unknown): void {
  if (error instanceof ApiClientError && error.code === 'UNAUTHENTICATED') endSession(queryClient, 'expired');
}

/**
 * Goes back to sign-in when the session ends on the server, even if the user makes no request:
 * confidential data must not stay on an unattended screen. At the expected end it asks the server
 * (which may have extended the session meanwhile); that check does not itself count as activity.
 */
export function useSessionExpiry(session: UseQueryResult<SessionResponse | null>): void {
  const queryClient = useQueryClient();
  const expiresAt = session.data?.expiresAt;
  const checkedAt = session.dataUpdatedAt;
  useEffect(() => {
    if (!expiresAt) return;
    const timer = setTimeout(
      () => {
        queryClient.fetchQuery({ ...sessionQueryOptions(), staleTime: 0 }).then(
          (current) => {
            if (!current) endSession(queryClient, 'expired');
          },
          // The session query is now in its error state, which the page shows.
          () => {},
        );
      },
      Math.max(Date.parse(expiresAt) - Date.now(), MIN_RECHECK_MS),
    );
    return () => clearTimeout(timer);
  }, [expiresAt, checkedAt, queryClient]);
}
