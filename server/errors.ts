import type { ErrorCode } from '#contract';

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
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: maskDigits(error.message),
    ...(error.stack ? { stack: maskDigits(error.stack) } : {}),
  };
}

// Ten digits however they are written (943 476 5919, 943-476-5919, 943%20476%205919), or any run of six.
const NHS_NUMBER_LIKE = /\d(?:(?:[\s.+-]|%20)*\d){9}|\d{6,}/g;

/** Masks anything that could be an NHS number, for text bound for a log. */
export const maskDigits = (text: string): string => text.replace(NHS_NUMBER_LIKE, '[redacted]');
