import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getAttendance = (id: string, signal?: AbortSignal) =>
  apiRequest('getAttendance', { params: { id }, signal });

export const attendanceQueryKey = (id: string) => ['safeguarding', 'attendance', id] as const;

/** Opening an attendance is audited: fetched once when opened, never refetched behind the user's back. */
export const attendanceQueryOptions = (id: string) =>
  queryOptions({ queryKey: attendanceQueryKey(id), queryFn: ({ signal }) => getAttendance(id, signal) });

export const useAttendance = (id: string) => useQuery(attendanceQueryOptions(id));
