import type { Readable } from 'node:stream';
import type { ExtractReceipt as ReceiptBody, LaUpload } from '#contract';
import type { Clock } from '../clock.ts';
import type { Database, Queryable } from '../db/index.ts';
import { applyExtract, type UploadScope } from '../ingest/apply-extract.ts';
import type { CsvSource } from '../ingest/csv.ts';
import type { PdsVerification } from '../ingest/pds-verification.ts';
import type { Rejection } from '../ingest/receipt.ts';

/** The body is over the limit: nothing was read past it, nothing applied. */
export class ExtractTooLargeError extends Error {}

/**
 * The request body as it arrives, for the CSV reader to parse chunk by chunk (never held whole),
 * refusing at once (by Content-Length, or at the first chunk over) anything over `limit`.
 */
export async function* limitedBody(body: Readable, limit: number, declaredLength?: number): AsyncGenerator<Uint8Array> {
  if (declaredLength !== undefined && declaredLength > limit) throw new ExtractTooLargeError();
  let size = 0;
  // Not destroyed when refused: the rest is discarded unread, so the refusal can still be answered.
  for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      body.resume();
      throw new ExtractTooLargeError();
    }
    yield chunk;
  }
}

const toRejections = (rejections: readonly Rejection[]): ReceiptBody['rejections'] =>
  rejections.map(({ line, ref, code, message }) => ({ line, laPlanRef: ref, code, message }));

/**
 * Applies one LA's extract by the CLI's own path (applyExtract), scoped to that LA, verified on PDS
 * when `pdsVerification` is given; the receipt as JSON. Throws PdsVerificationUnavailableError, with
 * nothing applied, when PDS cannot answer.
 */
export async function receiveExtract(
  db: Database,
  clock: Clock,
  source: CsvSource,
  { pdsVerification, ...scope }: UploadScope & { pdsVerification?: PdsVerification },
): Promise<ReceiptBody> {
  const receipt = await applyExtract(db, source, { clock, scope, ...(pdsVerification ? { pdsVerification } : {}) });
  const upload = receipt.uploads.find((entry) => entry.laCode === scope.laCode);
  if (!upload) throw new Error(`the upload for ${scope.laCode} was not recorded`);
  return {
    uploadId: upload.id,
    receivedAt: receipt.receivedAt,
    rows: { received: receipt.received, applied: receipt.applied, rejected: receipt.rejected },
    rejections: toRejections(receipt.rejections),
  };
}

interface UploadRow {
  id: string;
  received_at: string;
  rows_received: number;
  rows_applied: number;
  rows_rejected: number;
  uploaded_by_kind: 'person' | 'token' | null;
  uploaded_by_name: string | null;
  rejections: Rejection[];
}

/** An LA's uploads, newest first, each with its receipt; and when its data last applied. */
export async function listUploads(
  q: Queryable,
  { laCode, page, pageSize }: { laCode: string; page: number; pageSize: number },
): Promise<{ uploads: LaUpload[]; total: number; lastAppliedAt: string | null }> {
  const rows = await q.query<UploadRow>(
    `SELECT id::text AS id, received_at, rows_received, rows_applied, rows_rejected, uploaded_by_kind,
            uploaded_by_name, rejections
     FROM extract_uploads WHERE la_code = $1 ORDER BY received_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [laCode, pageSize, (page - 1) * pageSize],
  );
  const [summary] = await q.query<{ total: number; last_applied_at: string | null }>(
    `SELECT count(*) AS total, max(received_at) FILTER (WHERE rows_applied > 0) AS last_applied_at
     FROM extract_uploads WHERE la_code = $1`,
    [laCode],
  );
  return {
    uploads: rows.map((row) => ({
      by: row.uploaded_by_kind
        ? { kind: row.uploaded_by_kind, name: row.uploaded_by_name ?? '' }
        : { kind: 'server', name: 'Loaded on the server' },
      receipt: {
        uploadId: row.id,
        receivedAt: row.received_at,
        rows: { received: row.rows_received, applied: row.rows_applied, rejected: row.rows_rejected },
        rejections: toRejections(row.rejections),
      },
    })),
    total: summary?.total ?? 0,
    lastAppliedAt: summary?.last_applied_at ?? null,
  };
}
