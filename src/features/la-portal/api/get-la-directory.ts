import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const laDirectoryQueryKey = ['la', 'directory'] as const;

export const getLaDirectory = (signal?: AbortSignal) => apiRequest('getLaDirectory', { signal });

export const laDirectoryQueryOptions = () =>
  queryOptions({ queryKey: laDirectoryQueryKey, queryFn: ({ signal }) => getLaDirectory(signal) });

export const useLaDirectory = () => useQuery(laDirectoryQueryOptions());
