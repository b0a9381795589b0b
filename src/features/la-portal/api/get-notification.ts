import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getNotification = (id: string, signal?: AbortSignal) =>
  apiRequest('getNotification', { params: { id }, signal });

export const notificationQueryKey = (id: string) => ['la', 'notification', id] as const;

/** Opening a notification is audited: fetched once when opened, never refetched behind the user's back. */
export const notificationQueryOptions = (id: string) =>
  queryOptions({ queryKey: notificationQueryKey(id), queryFn: ({ signal }) => getNotification(id, signal) });

export const useNotification = (id: string) => useQuery(notificationQueryOptions(id));
