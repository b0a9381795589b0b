import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { endSessionIfUnauthenticated } from '../features/auth/session-lifecycle.ts';

/**
 * A CP-IS lookup is an audited act, not an idempotent read: nothing is retried or refetched
 * behind the user's back. Each check is exactly one request, made on purpose.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // Any request refused for want of a session means it ended on the server: back to sign-in.
    queryCache: new QueryCache({ onError: (error) => endSessionIfUnauthenticated(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => endSessionIfUnauthenticated(queryClient, error) }),
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        refetchOnMount: false,
        staleTime: Infinity,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
