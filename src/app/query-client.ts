import { QueryClient } from '@tanstack/react-query';

/**
 * A CP-IS lookup is an audited act, not an idempotent read: nothing is retried or refetched
 * behind the user's back. Each check is exactly one request, made on purpose.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
}
