import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** One CP-IS check. A mutation, not a query: each check is one audited request, made on purpose. */
export const createLookup = (nhsNumber: string) => apiRequest('createLookup', { body: { nhsNumber } });

export const useCreateLookup = () =>
  useMutation({ mutationKey: ['cpis', 'lookup'], mutationFn: createLookup, retry: false });
