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

/**
 * What of an error may go to the log: its kind, code, message and stack, with digit runs masked.
 * Database drivers put row values (an NHS number, a name) in fields such as `detail`: never logged.
 */
export function loggableError(error: unknown): { type: string; code?: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown' };
  const mask = (text: string) => text.replace(/\d{6,}/g, '[redacted]');
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: mask(error.message),
    ...(error.stack ? { stack: mask(error.stack) } : {}),
  };
}
