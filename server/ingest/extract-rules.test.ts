import { describe, expect, it } from 'vitest';
import { validRow } from '../testing/extracts.ts';
import { validateExtractRow, type ExtractRecord, type RowRejectionCode } from './extract-rules.ts';

const known = new Set(['LA1']);
const today = '2026-11-21';
const check = (overrides: ExtractRecord) => validateExtractRow(validRow(overrides), known, today);
const codeOf = (overrides: ExtractRecord): RowRejectionCode | undefined => {
  const result = check(overrides);
  return result.kind === 'rejected' ? result.code : undefined;
};

describe('extract row rules', () => {
  it('accepts a valid CPP row, stripping spaces from the NHS number', () => {
    const result = check({});
    expect(result).toMatchObject({ kind: 'upsert', plan: { nhsNumber: '9990000018', legalStatus: null } });
  });

  it('treats a blank action as upsert, and accepts delete with only the key', () => {
    expect(check({ action: 'upsert' }).kind).toBe('upsert');
    expect(validateExtractRow({ la_code: 'LA1', la_plan_ref: 'R', action: 'delete' }, known, today)).toEqual({
      kind: 'delete',
      laCode: 'LA1',
      laPlanRef: 'R',
    });
    expect(codeOf({ action: 'remove' })).toBe('INVALID_ACTION');
  });

  it.each([
    [{ la_code: 'NOPE' }, 'UNKNOWN_LA'],
    [{ la_code: '' }, 'MISSING_FIELD'],
    [{ la_plan_ref: '' }, 'MISSING_FIELD'],
    [{ plan_type: 'CIN' }, 'INVALID_PLAN_TYPE'],
    [{ plan_type: 'cpp' }, 'INVALID_PLAN_TYPE'],
    [{ plan_type: '' }, 'MISSING_FIELD'],
    [{ plan_type: 'LAC', legal_status: '' }, 'INVALID_LEGAL_STATUS'],
    [{ plan_type: 'LAC', legal_status: 'S47' }, 'INVALID_LEGAL_STATUS'],
    [{ plan_type: 'CPP', legal_status: 'S31' }, 'INVALID_LEGAL_STATUS'],
    [{ nhs_number: '' }, 'MISSING_NHS_NUMBER'],
    [{ nhs_number: '999 000 0019' }, 'INVALID_NHS_NUMBER'],
    [{ nhs_number: '99900000' }, 'INVALID_NHS_NUMBER'],
    [{ nhs_number: '999-000-0018' }, 'INVALID_NHS_NUMBER'],
    [{ family_name: '' }, 'MISSING_FIELD'],
    [{ given_name: ' ' }, 'MISSING_FIELD'],
    [{ date_of_birth: '' }, 'MISSING_FIELD'],
    [{ date_of_birth: '14/03/2019' }, 'INVALID_DATE'],
    [{ date_of_birth: '2026-11-22' }, 'INVALID_DATE'],
    [{ start_date: '' }, 'MISSING_FIELD'],
    [{ start_date: '2026-02-30' }, 'INVALID_DATE'],
    [{ start_date: '2026-11-22' }, 'INVALID_DATE'],
    [{ end_date: '2026-06-01' }, 'INVALID_DATE'],
    [{ end_date: 'soon' }, 'INVALID_DATE'],
    [{ plan_type: 'UCPP', expected_delivery_date: '' }, 'MISSING_FIELD'],
    [{ plan_type: 'UCPP', expected_delivery_date: '2027-13-01' }, 'INVALID_DATE'],
    [{ plan_type: 'CPP', expected_delivery_date: '2027-01-01' }, 'INVALID_DATE'],
  ] as const)('rejects %j as %s', (overrides, code) => {
    expect(codeOf(overrides)).toBe(code);
  });

  it('accepts every LAC legal status, and a UCPP with its due date', () => {
    for (const status of ['S31', 'S38', 'S20', 'E1']) {
      expect(check({ plan_type: 'LAC', legal_status: status })).toMatchObject({ plan: { legalStatus: status } });
    }
    expect(check({ plan_type: 'UCPP', expected_delivery_date: '2027-01-15' })).toMatchObject({
      plan: { planType: 'UCPP', expectedDeliveryDate: '2027-01-15' },
    });
  });

  it('accepts a start date of today and an end date equal to the start', () => {
    expect(check({ start_date: today, end_date: today }).kind).toBe('upsert');
  });

  it('never puts a value in a rejection message', () => {
    const result = check({ nhs_number: '999 000 0019', family_name: 'Secretname' });
    expect(result.kind).toBe('rejected');
    expect(JSON.stringify(result)).not.toMatch(/9990000019|999 000 0019|Secretname/);
  });
});
