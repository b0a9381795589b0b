import * as z from 'zod/mini';
import { errorBodySchema } from './errors.ts';

/** What a person does in this service; the BFF grants permissions by it. */
export const roles = ['registration', 'clinician', 'safeguarding-lead', 'la-contact-centre'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Unscheduled care settings (the server's domain decides what a lookup from each does). */
export const unscheduledSettings = [
  'emergency-department',
  'minor-injury-unit',
  'walk-in-centre',
  'urgent-treatment-centre',
  'gp-out-of-hours',
  'ambulance',
  'maternity',
  'paediatric-ward',
] as const;

/** Extended access: scheduled care settings. */
export const scheduledSettings = [
  'gp-in-hours',
  'camhs',
  'community-paediatrics',
  'dentistry',
  'school-nursing',
  'health-visiting',
] as const;

/** Where an LA role profile works: a local authority's contact centre, never a care setting. */
export const LOCAL_AUTHORITY_SETTING = 'local-authority';

export const settingTypeSchema = z.enum([
  ...unscheduledSettings,
  ...scheduledSettings,
  'sexual-health',
  LOCAL_AUTHORITY_SETTING,
]);
export type SettingType = z.infer<typeof settingTypeSchema>;

export const permissions = [
  'cpis:lookup',
  'pds:trace',
  'cpis:details',
  'cpis:visits',
  'safeguarding:review',
  'la:notifications',
  'la:uploads',
  'la:directory',
] as const;
export const permissionSchema = z.enum(permissions);
export type Permission = z.infer<typeof permissionSchema>;

/** The 12 digits printed on a smartcard. */
export const cardIdSchema = z.string().check(z.regex(/^\d{12}$/, 'must be the 12 digits on the card'));

export const roleIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]{1,64}$/, 'must be 1 to 64 lower-case letters, digits or -'));

export const organisationSchema = z.object({
  /** ODS code. */
  code: z.string().check(z.regex(/^[A-Z0-9]{3,10}$/, 'must be an ODS code (3 to 10 capitals or digits)')),
  name: z.string().check(z.minLength(1)),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const createSessionRequestSchema = z.object({
  cardId: cardIdSchema,
  // Its own words: zod/mini carries no message catalogue to the SPA, so a bare check would say only "Invalid input".
  passcode: z.string().check(z.minLength(1), z.maxLength(64, 'Passcode must be 64 characters or fewer')),
  /** Needed when the card holds several role profiles. */
  roleId: z.optional(roleIdSchema),
});
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

/** The role profile a session runs under: one job role at one organisation. */
export const sessionRoleSchema = z.object({
  roleId: roleIdSchema,
  role: roleSchema,
  jobRoleName: z.string().check(z.minLength(1)),
  organisation: organisationSchema,
  settingType: settingTypeSchema,
});
export type SessionRole = z.infer<typeof sessionRoleSchema>;

export const sessionResponseSchema = z.object({
  user: z.object({ name: z.string().check(z.minLength(1)) }),
  role: sessionRoleSchema,
  /** Decided by the BFF; the SPA only mirrors them (what to link, what to show). */
  permissions: z.array(permissionSchema),
  expiresAt: z.iso.datetime(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** One of the role profiles on a card, as offered when the user must choose. */
export const roleChoiceSchema = z.pick(sessionRoleSchema, { roleId: true, jobRoleName: true, organisation: true });
export type RoleChoice = z.infer<typeof roleChoiceSchema>;

/** 400 ROLE_REQUIRED: the card holds several role profiles; the body lists them so the SPA can ask. */
export const roleRequiredBodySchema = z.extend(errorBodySchema, {
  error: z.object({ code: z.literal('ROLE_REQUIRED'), message: z.string().check(z.minLength(1)) }),
  roles: z.array(roleChoiceSchema).check(z.minLength(1)),
});
export type RoleRequiredBody = z.infer<typeof roleRequiredBodySchema>;

export const signedOutResponseSchema = z.object({ status: z.literal('signed-out') });

/** A sign-in's 400: the card's roles to choose from, or a request that is not valid. */
export const createSessionBadRequestSchema = z.union([roleRequiredBodySchema, errorBodySchema]);
