import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roleRequiredBodySchema, type CreateSessionRequest, type RoleChoice } from '#contract';
import { ApiClientError, apiRequest } from '../../../lib/api-client.ts';
import { useDrafts } from '../../../stores/drafts.ts';
import { useSessionNotice } from '../../../stores/session-notice.ts';
import { sessionQueryKey } from './get-session.ts';

export const createSession = (body: CreateSessionRequest) => apiRequest('createSession', { body });

/** The card's roles when the server asks which one, else undefined. */
export function roleChoicesOf(error: unknown): RoleChoice[] | undefined {
  if (!(error instanceof ApiClientError) || error.code !== 'ROLE_REQUIRED') return undefined;
  const parsed = roleRequiredBodySchema.safeParse(error.body);
  return parsed.success ? parsed.data.roles : undefined;
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    onSuccess: (session) => {
      useDrafts.getState().signedInAs(session.role.roleId);
      useSessionNotice.getState().dismiss();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
