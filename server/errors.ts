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

// A digit in any of the forms a URL, a JSON string or a form can carry it: itself (any script's
// decimal digits), percent-encoded once or more (%39, %2539), or as a \u escape or HTML entity.
const DIGIT = String.raw`(?:\p{Nd}|%(?:25)*3[0-9]|\\u003[0-9]|&#(?:5[0-7]|4[89]|x3[0-9]);)`;
// Up to three characters between digits that are neither letters nor digits (spaces, dashes, dots,
// underscores, slashes...), themselves perhaps percent-encoded: 943 476 5919, 999_000_0018, 943%20476.
// Never the first character of an encoded digit, or "&#57;" would count as the digits 5 and 7.
const SEPARATOR = String.raw`(?:(?!${DIGIT})(?:[^\p{L}\p{N}%]|%(?:25)*[0-9A-Fa-f]{2}))`;
// Ten digits however they are written, or any run of six.
const NHS_NUMBER_LIKE = new RegExp(`${DIGIT}(?:${SEPARATOR}{0,3}${DIGIT}){9}|${DIGIT}{6,}`, 'gu');

/** Masks anything that could be an NHS number, for text bound for a log. */
export const maskDigits = (text: string): string => text.replace(NHS_NUMBER_LIKE, '[redacted]');
