import type { ErrorCode } from '../contract/index.ts';

/** An error the client should see as it is: a status, a contract code, and a sentence for a person. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
