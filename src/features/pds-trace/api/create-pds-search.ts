import { useMutation } from '@tanstack/react-query';
import type { PdsSearchRequest } from '#contract';
import { apiRequest } from '../../../lib/api-client.ts';

/** One PDS trace: audited and counted against the lookup limit, so made on purpose, never retried. */
export const createPdsSearch = (search: PdsSearchRequest) => apiRequest('createPdsSearch', { body: search });

export const useCreatePdsSearch = () =>
  useMutation({ mutationKey: ['pds', 'search'], mutationFn: createPdsSearch, retry: false });
