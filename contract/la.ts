import * as z from 'zod/mini';
import { errorBodySchema } from './errors.ts';
import { lookupPlanSchema, personSchema, planTypeSchema, visitSchema } from './lookup.ts';
import { countSchema, ordinalSchema, pageQuerySchema } from './numbers.ts';
import { roleSchema, settingTypeSchema } from './session.ts';

/** The local authority's side: its inbox of visit notifications, its uploads, its contact numbers. */

export const LA_PAGE_SIZE = 50;
export const LA_ACTION_NOTE_MAX = 1000;
export const LA_CASE_REFERENCE_MAX = 50;

export const laActionSchema = z.enum(['filed-on-case', 'forwarded-to-mash']);
export type LaAction = z.infer<typeof laActionSchema>;

/** A notification is new until an action is recorded; then it is what its latest action made it. */
export const notificationStatusSchema = z.enum(['new', 'filed', 'forwarded']);
export type NotificationStatus = z.infer<typeof notificationStatusSchema>;

export const notificationsQuerySchema = z.object({
  status: z._default(z.enum([...notificationStatusSchema.options, 'all']), 'new'),
  page: pageQuerySchema,
});
export type NotificationsQuery = z.input<typeof notificationsQuerySchema>;

export const notificationActionSchema = z.object({
  action: laActionSchema,
  caseReference: z.optional(z.string()),
  note: z.optional(z.string()),
  /** The person, or the API token's label when the LA's own system recorded it. */
  by: z.string(),
  at: z.iso.datetime(),
});
export type NotificationAction = z.infer<typeof notificationActionSchema>;

export const laNotificationSchema = z.object({
  /** Opaque: another LA's id is not found, exactly like a made-up one. */
  id: z.string().check(z.regex(/^\d{1,18}$/)),
  at: z.iso.datetime(),
  nhsNumber: z.string().check(z.regex(/^\d{10}$/)),
  /** As this LA holds the person; null once it holds no visible plan for them. */
  person: z.nullable(personSchema),
  /** This LA's visible plans for the person. */
  planTypes: z.array(planTypeSchema),
  organisation: z.object({ code: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) }),
  settingType: settingTypeSchema,
  viewerRole: roleSchema,
  viewerJobRoleName: z.string(),
  status: notificationStatusSchema,
  /** Oldest first; appended, never edited. */
  actions: z.array(notificationActionSchema),
});
export type LaNotification = z.infer<typeof laNotificationSchema>;

export const notificationsResponseSchema = z.object({
  notifications: z.array(laNotificationSchema).check(z.maxLength(LA_PAGE_SIZE)),
  /** How many match the status filter. */
  total: countSchema,
  /** How many are new, whatever the filter. */
  new: countSchema,
  page: ordinalSchema,
});
export type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;

export const notificationParamsSchema = z.object({ id: z.string().check(z.maxLength(64)) });

export const notificationDetailResponseSchema = z.object({
  notification: laNotificationSchema,
  /** The plans this LA holds for the person (with dates and legal status). */
  plans: z.array(z.required(lookupPlanSchema)),
  /** The person's previous 25 unscheduled visits anywhere in England, newest first. */
  visits: z.array(visitSchema).check(z.maxLength(25)),
});
export type NotificationDetailResponse = z.infer<typeof notificationDetailResponseSchema>;

const freeText = (label: string, max: number) =>
  z.string().check(
    z.trim(),
    z.maxLength(max, `${label} must be ${max} characters or fewer`),
    // PostgreSQL cannot store a NUL character in text, and no one means to type one.
    z.refine((text) => !text.includes('\u0000'), `${label} must only contain text`),
  );

export const notificationActionRequestSchema = z
  .object({
    action: laActionSchema,
    caseReference: z.optional(freeText('Case reference', LA_CASE_REFERENCE_MAX)),
    note: z.optional(freeText('Note', LA_ACTION_NOTE_MAX)),
  })
  .check(
    // Filed on a case no one can name is filed nowhere: the worker who follows it up needs the reference.
    z.refine((request) => request.action !== 'filed-on-case' || Boolean(request.caseReference), {
      path: ['caseReference'],
      message: 'Enter the case reference it was filed on',
    }),
  );
export type NotificationActionRequest = z.input<typeof notificationActionRequestSchema>;

/** UK numbers as people write them: digits, spaces, an optional leading +. As the LA directory file. */
export const laPhonePattern = /^\+?[0-9 ]{10,16}$/;
const laPhoneSchema = z
  .string()
  .check(z.trim(), z.regex(laPhonePattern, 'must be a phone number: 10 to 16 digits and spaces'));

export const laDirectoryEntrySchema = z.object({
  laCode: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  officeHoursPhone: z.string(),
  emergencyDutyPhone: z.string(),
  updatedAt: z.iso.datetime(),
});
export type LaDirectoryEntry = z.infer<typeof laDirectoryEntrySchema>;

export const laDirectoryRequestSchema = z.object({
  officeHoursPhone: laPhoneSchema,
  emergencyDutyPhone: laPhoneSchema,
});
export type LaDirectoryRequest = z.infer<typeof laDirectoryRequestSchema>;

/** One rejected row: where, which plan, why. Never a name or an NHS number. */
export const extractRejectionSchema = z.object({
  line: ordinalSchema,
  laPlanRef: z.string(),
  code: z.string().check(z.minLength(1)),
  message: z.string().check(z.minLength(1)),
});
export type ExtractRejection = z.infer<typeof extractRejectionSchema>;

/** What `npm run ingest -- extract` prints, as JSON. */
export const extractReceiptSchema = z.object({
  uploadId: z.string().check(z.regex(/^\d{1,18}$/)),
  receivedAt: z.iso.datetime(),
  rows: z.object({
    received: countSchema,
    applied: countSchema,
    rejected: countSchema,
  }),
  rejections: z.array(extractRejectionSchema),
});
export type ExtractReceipt = z.infer<typeof extractReceiptSchema>;

/** 422 EXTRACT_REJECTED: nothing applied; the receipt says why, row by row. */
export const extractRejectedBodySchema = z.extend(errorBodySchema, { receipt: extractReceiptSchema });

export const uploadsQuerySchema = z.object({ page: pageQuerySchema });

export const laUploadSchema = z.object({
  /** A person's name, the label of the API token that sent it, or a file loaded on the server. */
  by: z.object({ kind: z.enum(['person', 'token', 'server']), name: z.string() }),
  receipt: extractReceiptSchema,
});
export type LaUpload = z.infer<typeof laUploadSchema>;

export const uploadsResponseSchema = z.object({
  uploads: z.array(laUploadSchema).check(z.maxLength(LA_PAGE_SIZE)),
  total: countSchema,
  page: ordinalSchema,
  /** When this LA's data last applied: health staff see its plans as possibly out of date after 2 days. */
  lastAppliedAt: z.nullable(z.iso.datetime()),
});
export type UploadsResponse = z.infer<typeof uploadsResponseSchema>;
