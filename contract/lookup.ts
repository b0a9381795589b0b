import * as z from 'zod/mini';
import { visibleWith } from './gated-fields.ts';
import { roleSchema, settingTypeSchema } from './session.ts';

const isoDate = z.iso.date();

/** The NHS number as typed: spaces allowed. The BFF checks it and answers INVALID_NHS_NUMBER. */
export const lookupRequestSchema = z.object({ nhsNumber: z.string().check(z.maxLength(40)) });
export type LookupRequest = z.infer<typeof lookupRequestSchema>;

/** How many previous unscheduled-care visits a record shows (as the national service does). */
export const VISIT_HISTORY_LIMIT = 25;

export const planTypeSchema = z.enum(['CPP', 'LAC', 'UCPP']);
export type PlanType = z.infer<typeof planTypeSchema>;
export const legalStatusSchema = z.enum(['S31', 'S38', 'S20', 'E1']);
export type LegalStatus = z.infer<typeof legalStatusSchema>;

export const localAuthoritySchema = z.object({
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  officeHoursPhone: z.string().check(z.minLength(1)),
  emergencyDutyPhone: z.string().check(z.minLength(1)),
});
export type LocalAuthority = z.infer<typeof localAuthoritySchema>;

export const lookupPlanSchema = z.object({
  type: planTypeSchema,
  status: z.enum(['active', 'ended']),
  legalStatus: visibleWith('cpis:details', z.nullable(legalStatusSchema)),
  startDate: visibleWith('cpis:details', isoDate),
  endDate: visibleWith('cpis:details', z.nullable(isoDate)),
  expectedDeliveryDate: visibleWith('cpis:details', z.nullable(isoDate)),
  /** An open unborn plan more than 28 days past its due date. */
  overdue: visibleWith('cpis:details', z.boolean()),
  localAuthority: localAuthoritySchema,
  /** When the LA last sent data that applied; null if never recorded. */
  dataAsOf: z.nullable(z.iso.datetime()),
});
export type LookupPlan = z.infer<typeof lookupPlanSchema>;

export const visitSchema = z.object({
  at: z.iso.datetime(),
  organisation: z.object({ code: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) }),
  settingType: settingTypeSchema,
  /** The role of the member of staff whose check opened the visit. */
  viewerRole: roleSchema,
  /** The attendance on screen: the one this check belongs to, or the one a safeguarding lead opened. */
  thisAttendance: z.boolean(),
});
export type VisitSummary = z.infer<typeof visitSchema>;

/** The person the plans are about (the mother, for an unborn plan), so staff can confirm the match. */
export const personSchema = z.object({ familyName: z.string(), givenName: z.string(), dateOfBirth: isoDate });
export type Person = z.infer<typeof personSchema>;

export const lookupResponseSchema = z.object({
  lookupId: z.uuid(),
  checkedAt: z.iso.datetime(),
  nhsNumber: z.string().check(z.regex(/^\d{10}$/)),
  outcome: z.enum(['plans-found', 'no-plans']),
  person: z.optional(personSchema),
  plans: z.array(lookupPlanSchema),
  /** The previous unscheduled-care visits (up to VISIT_HISTORY_LIMIT), newest first. */
  visits: visibleWith('cpis:visits', z.array(visitSchema).check(z.maxLength(VISIT_HISTORY_LIMIT))),
});
export type LookupResponse = z.infer<typeof lookupResponseSchema>;
