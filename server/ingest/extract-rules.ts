import { nhsNumberProblem, stripNhsNumber } from '#contract';
import { isIsoDate } from '../cpis/dates.ts';

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

export const planTypes = ['CPP', 'LAC', 'UCPP'] as const;
export type PlanType = (typeof planTypes)[number];
export const legalStatuses = ['S31', 'S38', 'S20', 'E1'] as const;
export type LegalStatus = (typeof legalStatuses)[number];

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

  const planType = field('plan_type');
  if (planType === '') return reject('MISSING_FIELD', 'plan_type is blank');
  if (!(planTypes as readonly string[]).includes(planType)) {
    return reject('INVALID_PLAN_TYPE', 'plan_type must be CPP, LAC or UCPP');
  }

  const legalStatus = field('legal_status');
  if (planType === 'LAC' && !(legalStatuses as readonly string[]).includes(legalStatus)) {
    return reject('INVALID_LEGAL_STATUS', 'legal_status must be S31, S38, S20 or E1 for a LAC plan');
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
    if (value !== '' && !isIsoDate(value)) return reject('INVALID_DATE', `${name} is not a date written YYYY-MM-DD`);
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
      planType: planType as PlanType,
      legalStatus: planType === 'LAC' ? (legalStatus as LegalStatus) : null,
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
