import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints, errorBodySchema, extractRejectedBodySchema, type ExtractReceipt } from '#contract';
import { ApiClientError } from '../../../lib/api-client.ts';

/** The receipt, and whether anything applied (false: 422 EXTRACT_REJECTED, every row refused). */
export interface UploadOutcome {
  receipt: ExtractReceipt;
  applied: boolean;
}

/**
 * Sends the file as a text/csv body. XMLHttpRequest, not fetch: only it reports upload progress,
 * and a daily extract can be tens of megabytes.
 */
export function uploadExtract(file: Blob, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(endpoints.createExtract.method, endpoints.createExtract.path);
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiClientError('network', 'The server could not be reached.'));
    request.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(request.responseText);
      } catch {
        json = undefined;
      }
      const ok = endpoints.createExtract.responses[200].safeParse(json);
      if (request.status === 200 && ok.success) return resolve({ receipt: ok.data, applied: true });
      const rejected = extractRejectedBodySchema.safeParse(json);
      if (request.status === 422 && rejected.success)
        return resolve({ receipt: rejected.data.receipt, applied: false });
      const failure = errorBodySchema.safeParse(json);
      reject(
        failure.success
          ? new ApiClientError('http', failure.data.error.message, request.status, failure.data.error.code)
          : new ApiClientError('http', `The server answered with status ${request.status}.`, request.status),
      );
    };
    request.send(file);
  });
}

export const useUploadExtract = (onProgress: (fraction: number) => void) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => uploadExtract(file, onProgress),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['la', 'uploads'] }),
  });
};
