import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AttendanceDetailResponse, ReviewRequest } from '#contract';
import { apiRequest } from '../../../lib/api-client.ts';
import { attendanceQueryKey } from './get-attendance.ts';

export const createReview = (id: string, review: ReviewRequest) =>
  apiRequest('createReview', { params: { id }, body: review });

/**
 * Records a review. The answer carries every review, so the open attendance is updated in place
 * (reopening it would be another audited access); lists are refetched to move it to "reviewed".
 */
export const useCreateReview = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (review: ReviewRequest) => createReview(id, review),
    onSuccess: ({ reviews }) => {
      queryClient.setQueryData<AttendanceDetailResponse>(attendanceQueryKey(id), (detail) =>
        detail ? { ...detail, attendance: { ...detail.attendance, reviews } } : detail,
      );
      return queryClient.invalidateQueries({ queryKey: ['safeguarding', 'attendances'] });
    },
  });
};
