import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const listUploads = (page: number, signal?: AbortSignal) =>
  apiRequest('listUploads', { query: { page }, signal });

export const uploadsQueryOptions = (page = 1) =>
  queryOptions({ queryKey: ['la', 'uploads', page], queryFn: ({ signal }) => listUploads(page, signal) });

export const useUploads = (page = 1) => useQuery(uploadsQueryOptions(page));
