import * as z from 'zod/mini';

/** Every error the API can answer with. One code, one meaning, across routes. */
export const errorCodes = [
  'INVALID_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'CARD_LOCKED',
  'ROLE_REQUIRED',
  'INVALID_NHS_NUMBER',
  'CPIS_UNAVAILABLE',
  'PDS_UNAVAILABLE',
  'RANGE_TOO_LARGE',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'EXTRACT_REJECTED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string().check(z.minLength(1)),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
