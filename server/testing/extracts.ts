import { stringify } from 'csv-stringify/sync';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/index.ts';
import { applyExtract } from '../ingest/apply-extract.ts';
import { extractColumns, type ExtractRecord } from '../ingest/extract-rules.ts';
import { applyDirectory } from '../ingest/la-directory.ts';

/** Synthetic LAs for tests (drama-range phone numbers). */
export const testDirectoryCsv = `la_code,name,office_hours_phone,emergency_duty_phone
LA1,Testshire County Council,0121 496 0001,0121 496 0002
LA2,Exampleton City Council,020 7946 0003,020 7946 0004
`;

/** A valid CPP row; each test overrides what it is about. */
export const validRow = (overrides: ExtractRecord = {}): ExtractRecord => ({
  la_code: 'LA1',
  la_plan_ref: 'REF-1',
  action: '',
  plan_type: 'CPP',
  legal_status: '',
  nhs_number: '999 000 0018',
  family_name: 'Testchild',
  given_name: 'Alpha',
  date_of_birth: '2019-03-14',
  start_date: '2026-06-02',
  end_date: '',
  expected_delivery_date: '',
  ...overrides,
});

/**
 * A valid row for the child PDS (the stand-in) holds under validRow's NHS number, so it passes the
 * verification an upload goes through; each test overrides what it is about.
 */
export const verifiedRow = (overrides: ExtractRecord = {}): ExtractRecord =>
  validRow({ family_name: 'Ashdown', given_name: 'Maisie', ...overrides });

/** An extract file with every column, in the public format. */
export const extractCsv = (rows: ExtractRecord[]): Uint8Array =>
  new TextEncoder().encode(stringify(rows, { header: true, columns: [...extractColumns] }));

/** Loads the test LA directory and the given plans. */
export async function seedStore(db: Database, clock: Clock, rows: ExtractRecord[]): Promise<void> {
  await applyDirectory(db, new TextEncoder().encode(testDirectoryCsv), { clock });
  const receipt = await applyExtract(db, extractCsv(rows), { clock });
  if (receipt.rejected > 0) throw new Error(`seed rejected: ${JSON.stringify(receipt.rejections)}`);
}

/** Empties the store between tests that share one database. */
export async function clearStore(db: Database): Promise<void> {
  await db.exec(
    'DELETE FROM plans; DELETE FROM extract_uploads; DELETE FROM la_directory_changes; DELETE FROM la_api_tokens; DELETE FROM local_authorities;',
  );
}
