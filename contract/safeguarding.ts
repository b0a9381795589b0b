import * as z from 'zod/mini';
import {
  localAuthoritySchema,
  lookupPlanSchema,
  personSchema,
  planTypeSchema,
  VISIT_HISTORY_LIMIT,
  visitSchema,
} from './lookup.ts';
import { countSchema, ordinalSchema, pageQuerySchema } from './numbers.ts';
import { roleSchema, settingTypeSchema } from './session.ts';

export const reviewOutcomes = [
  'no-further-action',
  'contacted-local-authority',
  'referred-to-social-care',
  'discussed-with-clinician',
] as const;
export const reviewOutcomeSchema = z.enum(reviewOutcomes);
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>;

export const REVIEW_NOTE_MAX = 1000;
export const ATTENDANCES_PAGE_SIZE = 50;
export const ATTENDANCES_MAX_RANGE_DAYS = 92;

export const attendanceStatusSchema = z.enum(['unreviewed', 'reviewed', 'all']);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

// No attendance predates this service; and PostgreSQL has no year 0, which ISO dates allow.
const filterDate = z.iso.date().check(z.refine((date) => date >= '2000-01-01', 'must be on or after 1 January 2000'));

/** Filters travel in the URL: dates and a status, never an NHS number. */
export const attendancesQuerySchema = z.object({
  from: z.optional(filterDate),
  to: z.optional(filterDate),
  status: z._default(attendanceStatusSchema, 'unreviewed'),
  page: pageQuerySchema,
});
export type AttendancesQuery = z.input<typeof attendancesQuerySchema>;

export const reviewSchema = z.object({
  outcome: reviewOutcomeSchema,
  note: z.string(),
  reviewer: z.object({ name: z.string(), jobRoleName: z.string() }),
  reviewedAt: z.iso.datetime(),
});
export type Review = z.infer<typeof reviewSchema>;

/** Opaque: reveals nothing, and another organisation's id is simply not found. */
export const attendanceIdSchema = z.uuid();

export const attendanceSchema = z.object({
  id: attendanceIdSchema,
  at: z.iso.datetime(),
  settingType: settingTypeSchema,
  nhsNumber: z.string().check(z.regex(/^\d{10}$/)),
  person: personSchema,
  planTypes: z.array(planTypeSchema),
  localAuthorities: z.array(z.pick(localAuthoritySchema, { code: true, name: true })),
  firstCheckedByRole: roleSchema,
  reviews: z.array(reviewSchema),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const attendancesResponseSchema = z.object({
  attendances: z.array(attendanceSchema).check(z.maxLength(ATTENDANCES_PAGE_SIZE)),
  total: countSchema,
  /** Unreviewed attendances in the date range, whatever the status filter. */
  unreviewed: countSchema,
  page: ordinalSchema,
  /** The filters this answer is for, so a screen never labels rows with other filters than theirs. */
  status: attendanceStatusSchema,
  from: z.iso.date(),
  to: z.iso.date(),
});
export type AttendancesResponse = z.infer<typeof attendancesResponseSchema>;

export const attendanceParamsSchema = z.object({ id: z.string().check(z.maxLength(64)) });

export const attendanceDetailResponseSchema = z.object({
  attendance: attendanceSchema,
  plans: z.array(z.required(lookupPlanSchema)),
  /** The person's previous unscheduled visits (up to VISIT_HISTORY_LIMIT), across all organisations. */
  visits: z.array(visitSchema).check(z.maxLength(VISIT_HISTORY_LIMIT)),
});
export type AttendanceDetailResponse = z.infer<typeof attendanceDetailResponseSchema>;

export const reviewRequestSchema = z.object({
  outcome: reviewOutcomeSchema,
  note: z.string().check(
    z.trim(),
    z.maxLength(REVIEW_NOTE_MAX, `Note must be ${REVIEW_NOTE_MAX} characters or fewer`),
    // PostgreSQL cannot store a NUL character in text, and no one means to type one.
    z.refine((note) => !note.includes('\u0000'), 'Note must only contain text'),
  ),
});
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

export const reviewResponseSchema = z.object({ reviews: z.array(reviewSchema) });
