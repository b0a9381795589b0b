import * as z from 'zod/mini';

export const pdsGenders = ['male', 'female', 'other', 'unknown'] as const;
export const pdsGenderSchema = z.enum(pdsGenders);
export type PdsGender = z.infer<typeof pdsGenderSchema>;

/** A UK postcode as people type it: letters, digits, one optional space. */
export const postcodeSchema = z
  .string()
  .check(z.trim(), z.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, 'must be a UK postcode'));

/** A name as PDS takes it: letters, spaces, hyphens and apostrophes. */
const nameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(35),
    z.regex(/^[\p{L}' -]+$/u, 'must be letters, spaces, hyphens or apostrophes'),
  );

/** Trace a child on PDS. Family name and date of birth are what PDS needs at least. */
export const pdsSearchRequestSchema = z.object({
  familyName: nameSchema,
  givenName: z.optional(nameSchema),
  gender: z.optional(pdsGenderSchema),
  dateOfBirth: z.iso.date(),
  postcode: z.optional(postcodeSchema),
  /** Also offer close spellings, scored below 1. */
  fuzzy: z.optional(z.boolean()),
});
export type PdsSearchRequest = z.infer<typeof pdsSearchRequestSchema>;

export const PDS_MAX_MATCHES = 10;

export const pdsMatchSchema = z.object({
  nhsNumber: z.string().check(z.regex(/^\d{10}$/)),
  /** PDS's score: 1 is exact on every field searched; lower is a close match. */
  score: z.number().check(z.minimum(0), z.maximum(1)),
  familyName: z.string(),
  givenName: z.string(),
  gender: pdsGenderSchema,
  dateOfBirth: z.iso.date(),
  /** Absent for a restricted record: PDS hides its address. */
  postcode: z.optional(z.string()),
  restricted: z.boolean(),
});
export type PdsMatch = z.infer<typeof pdsMatchSchema>;

export const pdsSearchResponseSchema = z.object({
  outcome: z.enum(['matches', 'no-match', 'too-many-matches']),
  /** Best first. */
  matches: z.array(pdsMatchSchema).check(z.maxLength(PDS_MAX_MATCHES)),
});
export type PdsSearchResponse = z.infer<typeof pdsSearchResponseSchema>;
export type PdsSearchOutcome = PdsSearchResponse['outcome'];
