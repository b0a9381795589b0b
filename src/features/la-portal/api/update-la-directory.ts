import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LaDirectoryRequest } from '#contract';
import { apiRequest } from '../../../lib/api-client.ts';
import { laDirectoryQueryKey } from './get-la-directory.ts';

export const updateLaDirectory = (numbers: LaDirectoryRequest) => apiRequest('updateLaDirectory', { body: numbers });

/** Changes the two numbers; health staff see them from their next check. */
export const useUpdateLaDirectory = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLaDirectory,
    onSuccess: (entry) => queryClient.setQueryData(laDirectoryQueryKey, entry),
  });
};
