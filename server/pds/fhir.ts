import { z } from 'zod';

/**
 * The parts of PDS FHIR R4 answers this service reads (NHS England's published PDS FHIR API).
 * Unknown fields are ignored: PDS adds fields over time and must not break a trace.
 */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const CONFIDENTIALITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
export const SPINE_ERROR_SYSTEM = 'https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode';

export const securityCodes = ['U', 'R', 'V', 'REDACTED'] as const;
export type SecurityCode = (typeof securityCodes)[number];
export const genders = ['male', 'female', 'other', 'unknown'] as const;
export type Gender = (typeof genders)[number];

const coding = z.object({ system: z.string().optional(), code: z.string(), display: z.string().optional() });

export const fhirPatientSchema = z.object({
  resourceType: z.literal('Patient'),
  id: z.string().regex(/^\d{10}$/),
  meta: z.object({ security: z.array(coding).optional() }).optional(),
  name: z
    .array(
      z.object({
        use: z.string().optional(),
        family: z.string().optional(),
        given: z.array(z.string()).optional(),
        period: z.object({ start: z.string().optional(), end: z.string().optional() }).optional(),
      }),
    )
    .optional(),
  gender: z.enum(genders).optional(),
  birthDate: z.string().optional(),
  address: z
    .array(
      z.object({
        use: z.string().optional(),
        line: z.array(z.string()).optional(),
        postalCode: z.string().optional(),
        period: z.object({ start: z.string().optional(), end: z.string().optional() }).optional(),
      }),
    )
    .optional(),
  telecom: z.array(z.object({ system: z.string().optional(), value: z.string().optional() })).optional(),
  generalPractitioner: z.array(z.object({ identifier: z.object({ value: z.string() }).optional() })).optional(),
});
export type FhirPatient = z.infer<typeof fhirPatientSchema>;

export const operationOutcomeSchema = z.object({
  resourceType: z.literal('OperationOutcome'),
  issue: z
    .array(
      z.object({
        severity: z.string(),
        code: z.string(),
        details: z.object({ coding: z.array(coding).optional() }).optional(),
        diagnostics: z.string().optional(),
      }),
    )
    .min(1),
});
export type OperationOutcome = z.infer<typeof operationOutcomeSchema>;

export const searchsetSchema = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('searchset'),
  total: z.number().int().min(0).optional(),
  entry: z
    .array(
      z.object({
        fullUrl: z.string().optional(),
        search: z.object({ score: z.number().min(0).max(1) }).optional(),
        resource: fhirPatientSchema,
      }),
    )
    .optional(),
});

/** The Spine error code of an OperationOutcome (TOO_MANY_MATCHES, INVALID_SEARCH_DATA...), if any. */
export const spineErrorCode = (outcome: OperationOutcome): string | undefined =>
  outcome.issue.flatMap((issue) => issue.details?.coding ?? []).find((c) => c.system === SPINE_ERROR_SYSTEM)?.code ??
  outcome.issue[0]?.details?.coding?.[0]?.code;

/** A traced person as this service uses one: the usual name, the home postcode, the security label. */
export interface PdsPatient {
  nhsNumber: string;
  familyName: string;
  givenName: string;
  gender: Gender;
  dateOfBirth: string;
  /** Absent for a restricted record, which PDS sends without address, telecom or GP. */
  postcode?: string;
  security: SecurityCode;
}

const current = <T extends { use?: string; period?: { end?: string } }>(items: T[] | undefined, use: string) =>
  items?.find((item) => item.use === use && !item.period?.end) ?? items?.find((item) => !item.period?.end);

export function toPdsPatient(resource: FhirPatient): PdsPatient {
  const security = resource.meta?.security?.find((label) => label.system === CONFIDENTIALITY_SYSTEM)?.code;
  const name = current(resource.name, 'usual');
  const restricted = security === 'R' || security === 'V';
  const postcode = restricted ? undefined : current(resource.address, 'home')?.postalCode;
  return {
    nhsNumber: resource.id,
    familyName: name?.family ?? '',
    givenName: name?.given?.join(' ') ?? '',
    gender: resource.gender ?? 'unknown',
    dateOfBirth: resource.birthDate ?? '',
    ...(postcode ? { postcode } : {}),
    security: (securityCodes as readonly string[]).includes(security ?? '') ? (security as SecurityCode) : 'U',
  };
}
