import { englandDate } from '#contract';
import type { Clock } from '../clock.ts';
import { removeHistoryOfPeopleWithoutPlans } from '../cpis/purge.ts';
import type { Database, Queryable } from '../db/index.ts';
import { duplicateKeys, hasUnstorableText, readCsv, type CsvSource } from './csv.ts';
import {
  extractColumns,
  requiredExtractColumns,
  validateExtractRow,
  type PlanRow,
  type RowRejectionCode,
  type ValidatedRow,
} from './extract-rules.ts';
import { verifyOnPds, type PdsVerification } from './pds-verification.ts';
import { safeRef, type Receipt, type Rejection } from './receipt.ts';

export interface ExtractReceipt extends Receipt {
  /** Per LA in the file: what was recorded as that LA's upload. */
  uploads: { id: string; laCode: string; received: number; applied: number; rejected: number }[];
  receivedAt: string;
}

/**
 * An upload by one LA through the API: every row is counted as that LA's upload, a row for another
 * LA is rejected WRONG_LA, and the upload records who sent it.
 */
export interface UploadScope {
  laCode: string;
  by: { kind: 'person' | 'token'; name: string };
}

export type IngestProgress = (phase: 'read' | 'apply', done: number, total?: number) => void;

// Rows per statement: large enough to be fast, small enough to keep each statement's arrays modest.
const BATCH = 5000;

const UPSERT_PLANS = `
INSERT INTO plans (la_code, la_plan_ref, plan_type, legal_status, nhs_number, family_name, given_name,
                   date_of_birth, start_date, end_date, expected_delivery_date, updated_at)
SELECT t.*, $12::timestamptz
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
            $8::date[], $9::date[], $10::date[], $11::date[])
  AS t(la_code, la_plan_ref, plan_type, legal_status, nhs_number, family_name, given_name,
       date_of_birth, start_date, end_date, expected_delivery_date)
ON CONFLICT (la_code, la_plan_ref) DO UPDATE SET
  plan_type = EXCLUDED.plan_type, legal_status = EXCLUDED.legal_status, nhs_number = EXCLUDED.nhs_number,
  family_name = EXCLUDED.family_name, given_name = EXCLUDED.given_name, date_of_birth = EXCLUDED.date_of_birth,
  start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,
  expected_delivery_date = EXCLUDED.expected_delivery_date, updated_at = EXCLUDED.updated_at`;

const DELETE_PLANS = `
DELETE FROM plans p USING unnest($1::text[], $2::text[]) AS d(la_code, la_plan_ref)
WHERE p.la_code = d.la_code AND p.la_plan_ref = d.la_plan_ref
RETURNING p.nhs_number`;

async function upsertPlans(tx: Queryable, plans: PlanRow[], at: string, progress: () => void): Promise<void> {
  for (let i = 0; i < plans.length; i += BATCH) {
    const batch = plans.slice(i, i + BATCH);
    const column = <K extends keyof PlanRow>(key: K) => batch.map((plan) => plan[key]);
    await tx.query(UPSERT_PLANS, [
      column('laCode'),
      column('laPlanRef'),
      column('planType'),
      column('legalStatus'),
      column('nhsNumber'),
      column('familyName'),
      column('givenName'),
      column('dateOfBirth'),
      column('startDate'),
      column('endDate'),
      column('expectedDeliveryDate'),
      at,
    ]);
    progress();
  }
}

/**
 * Applies one LA extract: every valid row in one transaction, no rejected row touching the store,
 * nothing removed unless a row says delete. Throws IngestFileError when the file cannot be used.
 */
/** What rejects a row before its own rules: its shape in the file, its text, its LA, its twin. */
function fileRejection(row: {
  fieldCountMismatch: boolean;
  record: Record<string, string>;
  rowLaCode: string;
  scope: UploadScope | undefined;
  duplicate: boolean;
}): ValidatedRow | undefined {
  const reject = (code: RowRejectionCode, message: string): ValidatedRow => ({ kind: 'rejected', code, message });
  if (row.fieldCountMismatch) return reject('MISSING_FIELD', 'the row does not have as many fields as the header');
  if (hasUnstorableText(row.record))
    return reject('UNSTORABLE_TEXT', 'a field holds a NUL character, which cannot be stored');
  if (row.scope && row.rowLaCode !== '' && row.rowLaCode !== row.scope.laCode) {
    return reject('WRONG_LA', 'this row is for another local authority');
  }
  if (row.duplicate) return reject('DUPLICATE_ROW', 'this la_plan_ref appears more than once in the file');
  return undefined;
}

export async function applyExtract(
  db: Database,
  source: CsvSource,
  {
    clock,
    onProgress,
    scope,
    pdsVerification,
  }: {
    clock: Clock;
    onProgress?: IngestProgress;
    scope?: UploadScope;
    /** Verify each upsert's NHS number on PDS; without it, rows are applied unverified (the caller says so). */
    pdsVerification?: PdsVerification;
  },
): Promise<ExtractReceipt> {
  const rows = await readCsv(source, extractColumns, requiredExtractColumns, (n) => onProgress?.('read', n));
  const now = clock();
  const today = englandDate(now);
  const knownLaCodes = new Set(
    (await db.query<{ la_code: string }>('SELECT la_code FROM local_authorities')).map((row) => row.la_code),
  );

  const keyOf = (record: (typeof rows)[number]['record']) => {
    const laCode = record.la_code?.trim();
    const ref = record.la_plan_ref?.trim();
    return laCode && ref ? `${laCode}\u0000${ref}` : undefined;
  };
  const duplicates = duplicateKeys(rows, (row) => keyOf(row.record));

  let upserts: PlanRow[] = [];
  const upsertRows: { line: number; ref: string }[] = [];
  const deletes: { laCode: string; laPlanRef: string }[] = [];
  const rejections: Rejection[] = [];
  const perLa = new Map<string, { received: number; applied: number; rejected: number; rejections: Rejection[] }>();
  if (scope) perLa.set(scope.laCode, { received: 0, applied: 0, rejected: 0, rejections: [] });

  for (const { line, record, fieldCountMismatch } of rows) {
    const key = keyOf(record);
    const rowLaCode = record.la_code?.trim() ?? '';
    const validated: ValidatedRow =
      fileRejection({ fieldCountMismatch, record, rowLaCode, scope, duplicate: !!key && duplicates.has(key) }) ??
      validateExtractRow(record, knownLaCodes, today);

    // A scoped upload is all its LA's, whatever each row says.
    const laCode = scope?.laCode ?? rowLaCode;
    const counts = knownLaCodes.has(laCode)
      ? (perLa.get(laCode) ?? { received: 0, applied: 0, rejected: 0, rejections: [] })
      : undefined;
    if (counts) {
      counts.received += 1;
      perLa.set(laCode, counts);
    }

    if (validated.kind === 'rejected') {
      const rejection = {
        line,
        ref: safeRef(record.la_plan_ref),
        code: validated.code,
        message: validated.message,
      };
      rejections.push(rejection);
      counts?.rejections.push(rejection);
      if (counts) counts.rejected += 1;
      continue;
    }
    if (counts) counts.applied += 1;
    if (validated.kind === 'upsert') {
      upserts.push(validated.plan);
      upsertRows.push({ line, ref: validated.plan.laPlanRef });
    } else deletes.push({ laCode: validated.laCode, laPlanRef: validated.laPlanRef });
  }

  if (pdsVerification) {
    // Before the transaction: PDS unavailable throws, and the whole file is refused with nothing applied.
    const verdicts = await verifyOnPds(upserts, pdsVerification);
    upserts = upserts.filter((plan, index) => {
      const verdict = verdicts[index];
      if (!verdict) return true;
      const rejection = { ...upsertRows[index]!, ...verdict };
      rejections.push(rejection);
      const counts = perLa.get(plan.laCode)!;
      counts.applied -= 1;
      counts.rejected += 1;
      counts.rejections.push(rejection);
      return false;
    });
    // The file's own rejections came first: both lists back in the file's order.
    for (const list of [rejections, ...[...perLa.values()].map((counts) => counts.rejections)]) {
      list.sort((a, b) => a.line - b.line);
    }
  }

  const applied = upserts.length + deletes.length;
  const at = now.toISOString();
  const uploads: ExtractReceipt['uploads'] = [];
  let batchesDone = 0;
  await db.transaction(async (tx) => {
    await upsertPlans(tx, upserts, at, () => {
      batchesDone += 1;
      onProgress?.('apply', Math.min(batchesDone * BATCH, upserts.length), applied);
    });
    if (deletes.length > 0) {
      const removed = await tx.query<{ nhs_number: string }>(DELETE_PLANS, [
        deletes.map((d) => d.laCode),
        deletes.map((d) => d.laPlanRef),
      ]);
      // A person whose last plan an LA deletes keeps no access history, as after the purge.
      await removeHistoryOfPeopleWithoutPlans(
        tx,
        removed.map((plan) => plan.nhs_number),
      );
    }
    for (const [laCode, counts] of perLa) {
      const [upload] = await tx.query<{ id: string }>(
        `INSERT INTO extract_uploads (la_code, received_at, rows_received, rows_applied, rows_rejected,
           uploaded_by_kind, uploaded_by_name, rejections)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
        [
          laCode,
          at,
          counts.received,
          counts.applied,
          counts.rejected,
          scope?.by.kind ?? null,
          scope?.by.name ?? null,
          JSON.stringify(counts.rejections),
        ],
      );
      uploads.push({ id: upload!.id, laCode, ...counts });
    }
  });

  return { received: rows.length, applied, rejected: rejections.length, rejections, uploads, receivedAt: at };
}
