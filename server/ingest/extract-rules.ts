import { z } from 'zod';
import {
  legalStatusSchema,
  nhsNumberProblem,
  planTypeSchema,
  stripNhsNumber,
  type LegalStatus,
  type PlanType,
} from '#contract';

// Set lookups and the ISO date pattern itself (z.iso.date()'s): the same rules as the schemas,
// without a schema's parse per field on each of a few hundred thousand rows.
const isoDate = z.regexes.date;
const planTypes: ReadonlySet<string> = new Set(planTypeSchema.options);
const legalStatuses: ReadonlySet<string> = new Set(legalStatusSchema.options);

/** "A, B or C", as the receipt's messages name the values a field may take. */
const listed = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** Why an extract row was rejected. The receipt prints the code and a message, never a value. */
export const rowRejectionCodes = [
  'UNKNOWN_LA',
  'INVALID_ACTION',
  'INVALID_PLAN_TYPE',
  'INVALID_LEGAL_STATUS',
  'INVALID_NHS_NUMBER',
  'MISSING_NHS_NUMBER',
  'INVALID_DATE',
  'MISSING_FIELD',
  'DUPLICATE_ROW',
  'UNSTORABLE_TEXT',
  // Only in an upload by one LA (POST /api/la/extracts): a row for another LA.
  'WRONG_LA',
] as const;
export type RowRejectionCode = (typeof rowRejectionCodes)[number];

export const extractColumns = [
  'la_code',
  'la_plan_ref',
  'action',
  'plan_type',
  'legal_status',
  'nhs_number',
  'family_name',
  'given_name',
  'date_of_birth',
  'start_date',
  'end_date',
  'expected_delivery_date',
] as const;
/** `action` may be left out of the file altogether: every row is then an upsert. */
export const requiredExtractColumns = extractColumns.filter((column) => column !== 'action');

export type ExtractRecord = Partial<Record<(typeof extractColumns)[number], string>>;

export interface PlanRow {
  laCode: string;
  laPlanRef: string;
  planType: PlanType;
  legalStatus: LegalStatus | null;
  nhsNumber: string;
  familyName: string;
  givenName: string;
  dateOfBirth: string;
  startDate: string;
  endDate: string | null;
  expectedDeliveryDate: string | null;
}

export type ValidatedRow =
  | { kind: 'upsert'; plan: PlanRow }
  | { kind: 'delete'; laCode: string; laPlanRef: string }
  | { kind: 'rejected'; code: RowRejectionCode; message: string };

const reject = (code: RowRejectionCode, message: string): ValidatedRow => ({ kind: 'rejected', code, message });

/**
 * Checks one row against the extract rules (README "LA extract format"). The first broken rule
 * decides the code. `today` is today's date in England; `knownLaCodes` is the LA directory.
 */
export function validateExtractRow(
  record: ExtractRecord,
  knownLaCodes: ReadonlySet<string>,
  today: string,
): ValidatedRow {
  const field = (name: (typeof extractColumns)[number]) => (record[name] ?? '').trim();

  const laCode = field('la_code');
  const laPlanRef = field('la_plan_ref');
  if (laCode === '') return reject('MISSING_FIELD', 'la_code is blank');
  if (laPlanRef === '') return reject('MISSING_FIELD', 'la_plan_ref is blank');
  if (!knownLaCodes.has(laCode)) return reject('UNKNOWN_LA', 'la_code is not in the LA directory');

  const action = field('action').toLowerCase();
  if (action === 'delete') return { kind: 'delete', laCode, laPlanRef };
  if (action !== '' && action !== 'upsert') return reject('INVALID_ACTION', 'action must be upsert, delete or blank');

  const planTypeText = field('plan_type');
  if (planTypeText === '') return reject('MISSING_FIELD', 'plan_type is blank');
  const planType = planTypes.has(planTypeText) ? (planTypeText as PlanType) : undefined;
  if (!planType) return reject('INVALID_PLAN_TYPE', `plan_type must be ${listed(planTypeSchema.options)}`);

  const legalStatus = field('legal_status');
  const lacStatus = legalStatuses.has(legalStatus) ? (legalStatus as LegalStatus) : undefined;
  if (planType === 'LAC' && !lacStatus) {
    return reject('INVALID_LEGAL_STATUS', `legal_status must be ${listed(legalStatusSchema.options)} for a LAC plan`);
  }
  if (planType !== 'LAC' && legalStatus !== '') {
    return reject('INVALID_LEGAL_STATUS', 'legal_status must be blank unless plan_type is LAC');
  }

  const nhsNumber = field('nhs_number');
  if (nhsNumber === '') return reject('MISSING_NHS_NUMBER', 'nhs_number is blank');
  if (nhsNumberProblem(nhsNumber)) {
    return reject('INVALID_NHS_NUMBER', 'nhs_number must be 10 digits with a valid check digit');
  }

  for (const name of ['family_name', 'given_name', 'date_of_birth', 'start_date'] as const) {
    if (field(name) === '') return reject('MISSING_FIELD', `${name} is blank`);
  }
  for (const name of ['date_of_birth', 'start_date', 'end_date', 'expected_delivery_date'] as const) {
    const value = field(name);
    if (value !== '' && !isoDate.test(value)) return reject('INVALID_DATE', `${name} is not a date written YYYY-MM-DD`);
  }

  const dateOfBirth = field('date_of_birth');
  const startDate = field('start_date');
  const endDate = field('end_date') || null;
  const expectedDeliveryDate = field('expected_delivery_date') || null;
  if (dateOfBirth > today) return reject('INVALID_DATE', 'date_of_birth is in the future');
  if (startDate > today) return reject('INVALID_DATE', 'start_date is in the future');
  if (endDate !== null && endDate < startDate) return reject('INVALID_DATE', 'end_date is before start_date');
  if (planType === 'UCPP' && expectedDeliveryDate === null) {
    return reject('MISSING_FIELD', 'expected_delivery_date is required for a UCPP plan');
  }
  if (planType !== 'UCPP' && expectedDeliveryDate !== null) {
    return reject('INVALID_DATE', 'expected_delivery_date must be blank unless plan_type is UCPP');
  }

  return {
    kind: 'upsert',
    plan: {
      laCode,
      laPlanRef,
      planType,
      legalStatus: planType === 'LAC' ? (lacStatus ?? null) : null,
      nhsNumber: stripNhsNumber(nhsNumber),
      familyName: field('family_name'),
      givenName: field('given_name'),
      dateOfBirth,
      startDate,
      endDate,
      expectedDeliveryDate,
    },
  };
}
