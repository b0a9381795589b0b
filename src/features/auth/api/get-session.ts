import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '#contract';
import { ApiClientError, apiRequest } from '../../../lib/api-client.ts';

/** Who is signed in, or null when nobody is: being signed out is an answer, not a failure. */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    return await apiRequest('getSession', { signal });
  } catch (error) {
    if (error instanceof ApiClientError && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

export const sessionQueryKey = ['session'] as const;

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
  });

export const useSession = () => useQuery(sessionQueryOptions());
