import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { endSession } from '../session-lifecycle.ts';

export const deleteSession = () => apiRequest('deleteSession');

/** Remove the card: the server ends the session, and the app forgets everything it held under it. */
export function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: () => endSession(queryClient, 'signed-out'),
  });
}
