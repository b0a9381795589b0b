import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';

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
  // csv-parse's own line count is where a record ends, and counts a quoted CRLF twice: a row's
  // first line is counted here instead, from the raw text of the records before it.
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, raw: true });
  const feeding = pipeline(Readable.from(utf8Text(source)), parser);
  // Any failure of the feed also fails the parser, which is where it is caught below.
  feeding.catch(() => {});
  const rows: CsvRow<Column>[] = [];
  let header: string[] | undefined;
  let lineBreaksBefore = 0;
  try {
    for await (const { record: fields, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      // A record's raw text starts with any blank lines skipped before it.
      const line = lineBreaksBefore + 1 + countLineBreaks(/^[\r\n]*/.exec(raw)![0]);
      lineBreaksBefore += countLineBreaks(raw);
      if (!header) {
        header = fields.map((name) => name.trim().toLowerCase());
        const missing = required.filter((column) => !header!.includes(column));
        if (missing.length > 0) throw new IngestFileError(`The header has no ${missing.join(', ')} column.`);
        continue;
      }
      const record: Partial<Record<Column, string>> = {};
      header.forEach((name, index) => {
        if ((columns as readonly string[]).includes(name)) record[name as Column] = fields[index];
      });
      rows.push({ line, record, fieldCountMismatch: fields.length !== header.length });
      onRow?.(rows.length);
    }
    await feeding;
  } catch (error) {
    if (error instanceof CsvError) {
      throw new IngestFileError(`The file is not readable CSV (${error.message.split(':')[0]}).`);
    }
    throw error;
  } finally {
    parser.destroy();
  }
  if (!header) throw new IngestFileError('The file is empty: it has no header row.');
  return rows;
}

const countLineBreaks = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

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
