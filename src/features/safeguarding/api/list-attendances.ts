import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AttendanceStatus } from '#contract';
import { apiRequest } from '../../../lib/api-client.ts';

/** The filters, as the URL holds them: dates and a status, never an NHS number. */
export interface AttendanceFilters {
  from?: string;
  to?: string;
  status: AttendanceStatus;
  page: number;
}

export const listAttendances = (filters: AttendanceFilters, signal?: AbortSignal) =>
  apiRequest('listAttendances', { query: { ...filters }, signal });

export const attendancesQueryOptions = (filters: AttendanceFilters) =>
  queryOptions({
    queryKey: ['safeguarding', 'attendances', filters],
    queryFn: ({ signal }) => listAttendances(filters, signal),
    // A list may go out of date as colleagues review; it is not an audited read, so fetch it fresh.
    staleTime: 0,
    refetchOnMount: 'always',
    // The table stays while new filters load (focus stays where it was); the page says it is updating.
    placeholderData: keepPreviousData,
  });

export const useAttendances = (filters: AttendanceFilters) => useQuery(attendancesQueryOptions(filters));
