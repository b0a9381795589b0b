import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationActionRequest, NotificationDetailResponse } from '#contract';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKey } from './get-notification.ts';

export const createNotificationAction = (id: string, action: NotificationActionRequest) =>
  apiRequest('createNotificationAction', { params: { id }, body: action });

/**
 * Records an action. The answer is the notification, so the open one is updated in place (reopening
 * it would be another audited access); the inbox is refetched to move it out of "new".
 */
export const useCreateNotificationAction = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: NotificationActionRequest) => createNotificationAction(id, action),
    onSuccess: (notification) => {
      queryClient.setQueryData<NotificationDetailResponse>(notificationQueryKey(id), (detail) =>
        detail ? { ...detail, notification } : detail,
      );
      return queryClient.invalidateQueries({ queryKey: ['la', 'notifications'] });
    },
  });
};
