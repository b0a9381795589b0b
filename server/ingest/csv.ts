import { CsvRecords, CsvSyntaxError } from './csv-records.ts';

/** The file as a whole cannot be used: nothing is applied (exit status 2). */
export class IngestFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestFileError';
  }
}

export interface CsvRow<Column extends string> {
  /** The line the row starts on in the file (the header is line 1). */
  line: number;
  record: Partial<Record<Column, string>>;
  /** Set when the row does not have as many fields as the header. */
  fieldCountMismatch: boolean;
}

/** A file's bytes: whole (a file read from disk) or as they arrive (an upload's request body). */
export type CsvSource = Uint8Array | AsyncIterable<Uint8Array>;

/** The text of a UTF-8 source, decoded as it arrives: a character split across chunks is joined. */
async function* utf8Text(source: CsvSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Uint8Array) => {
    try {
      return decoder.decode(chunk, { stream: chunk !== undefined });
    } catch {
      throw new IngestFileError('The file is not valid UTF-8 text.');
    }
  };
  for await (const chunk of source instanceof Uint8Array ? [source] : source) yield decode(chunk);
  const tail = decode();
  if (tail) yield tail;
}

/**
 * Reads a UTF-8 CSV with a header row whose columns may come in any order, parsing as the bytes
 * arrive (an upload is never held whole as bytes or text). Unknown columns are ignored; a missing
 * required column, bad UTF-8 or broken quoting fails the whole file. An error from the source
 * itself (an upload over its limit) is passed on as it is.
 */
export async function readCsv<Column extends string>(
  source: CsvSource,
  columns: readonly Column[],
  required: readonly Column[],
  onRow?: (count: number) => void,
): Promise<CsvRow<Column>[]> {
  const rows: CsvRow<Column>[] = [];
  let header: { width: number; columns: [Column, number][] } | undefined;
  const records = new CsvRecords((fields, line) => {
    if (!header) {
      const names = fields.map((name) => name.trim().toLowerCase());
      const missing = required.filter((column) => !names.includes(column));
      if (missing.length > 0) throw new IngestFileError(`The header has no ${missing.join(', ')} column.`);
      // Where each known column is: the last of two columns with one name wins.
      header = {
        width: names.length,
        columns: columns.flatMap((column) => (names.includes(column) ? [[column, names.lastIndexOf(column)]] : [])),
      };
      return;
    }
    const record: Partial<Record<Column, string>> = {};
    for (const [column, index] of header.columns) {
      if (index < fields.length) record[column] = fields[index];
    }
    rows.push({ line, record, fieldCountMismatch: fields.length !== header.width });
    onRow?.(rows.length);
  });
  try {
    for await (const text of utf8Text(source)) records.write(text);
    records.end();
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new IngestFileError(`The file is not readable CSV (${error.message.split(':')[0]}).`);
    }
    throw error;
  }
  if (!header) throw new IngestFileError('The file is empty: it has no header row.');
  return rows;
}

/** PostgreSQL stores any text but one holding a NUL character: such a row is rejected on its own. */
export const hasUnstorableText = (record: Partial<Record<string, string>>): boolean =>
  Object.values(record).some((value) => value?.includes('\u0000'));

/** Rows sharing a key: all of them are rejected, since which one the LA meant cannot be known. */
export function duplicateKeys<Row>(rows: readonly Row[], key: (row: Row) => string | undefined): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined) continue;
    if (seen.has(k)) duplicates.add(k);
    seen.add(k);
  }
  return duplicates;
}
