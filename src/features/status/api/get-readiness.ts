import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getReadiness = (signal?: AbortSignal) => apiRequest('ready', { signal });

export const readinessQueryOptions = () =>
  queryOptions({
    queryKey: ['status', 'ready'],
    queryFn: ({ signal }) => getReadiness(signal),
  });

export const useReadiness = () => useQuery(readinessQueryOptions());
