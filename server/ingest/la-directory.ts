import { laPhonePattern } from '#contract';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/index.ts';
import { duplicateKeys, hasUnstorableText, readCsv } from './csv.ts';
import { safeRef, type Receipt, type Rejection } from './receipt.ts';

export const directoryColumns = ['la_code', 'name', 'office_hours_phone', 'emergency_duty_phone'] as const;
type DirectoryColumn = (typeof directoryColumns)[number];

// The same rule as an LA's own change through the API (PUT /api/la/directory).
const PHONE = laPhonePattern;

/** Loads or updates the LA directory: upsert by la_code, valid rows in one transaction. */
export async function applyDirectory(db: Database, bytes: Uint8Array, { clock }: { clock: Clock }): Promise<Receipt> {
  const rows = await readCsv<DirectoryColumn>(bytes, directoryColumns, directoryColumns);
  const duplicates = duplicateKeys(rows, (row) => row.record.la_code?.trim() || undefined);
  const valid: Record<DirectoryColumn, string>[] = [];
  const rejections: Rejection[] = [];

  for (const { line, record, fieldCountMismatch } of rows) {
    const value = (name: DirectoryColumn) => (record[name] ?? '').trim();
    const reject = (code: string, message: string) =>
      rejections.push({ line, ref: safeRef(value('la_code')), code, message });
    const blank = directoryColumns.find((name) => value(name) === '');
    if (fieldCountMismatch) reject('MISSING_FIELD', 'the row does not have as many fields as the header');
    else if (hasUnstorableText(record))
      reject('UNSTORABLE_TEXT', 'a field holds a NUL character, which cannot be stored');
    else if (duplicates.has(value('la_code')))
      reject('DUPLICATE_ROW', 'this la_code appears more than once in the file');
    else if (blank) reject('MISSING_FIELD', `${blank} is blank`);
    else if (!PHONE.test(value('office_hours_phone')))
      reject('INVALID_PHONE', 'office_hours_phone is not a phone number');
    else if (!PHONE.test(value('emergency_duty_phone'))) {
      reject('INVALID_PHONE', 'emergency_duty_phone is not a phone number');
    } else
      valid.push({
        la_code: value('la_code'),
        name: value('name'),
        office_hours_phone: value('office_hours_phone'),
        emergency_duty_phone: value('emergency_duty_phone'),
      });
  }

  const at = clock().toISOString();
  await db.transaction(async (tx) => {
    for (const la of valid) {
      await tx.query(
        `INSERT INTO local_authorities (la_code, name, office_hours_phone, emergency_duty_phone, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (la_code) DO UPDATE SET name = EXCLUDED.name, office_hours_phone = EXCLUDED.office_hours_phone,
           emergency_duty_phone = EXCLUDED.emergency_duty_phone, updated_at = EXCLUDED.updated_at`,
        [la.la_code, la.name, la.office_hours_phone, la.emergency_duty_phone, at],
      );
    }
  });
  return { received: rows.length, applied: valid.length, rejected: rejections.length, rejections };
}
