import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationStatus } from '#contract';
import { apiRequest } from '../../../lib/api-client.ts';

/** A new notification shows in an open inbox within this long, without reloading. */
export const INBOX_POLL_MS = 20_000;

export interface InboxFilters {
  status: NotificationStatus | 'all';
  page: number;
}

export const listNotifications = (filters: InboxFilters, signal?: AbortSignal) =>
  apiRequest('listNotifications', { query: { ...filters }, signal });

export const notificationsQueryOptions = (filters: InboxFilters) =>
  queryOptions({
    queryKey: ['la', 'notifications', filters],
    queryFn: ({ signal }) => listNotifications(filters, signal),
    staleTime: 0,
    refetchOnMount: 'always',
    // Polled while open (not in a background tab): the contact centre watches for new visits.
    refetchInterval: INBOX_POLL_MS,
    placeholderData: keepPreviousData,
  });

export const useNotifications = (filters: InboxFilters) => useQuery(notificationsQueryOptions(filters));
