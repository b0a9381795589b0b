/**
 * CSV (RFC 4180: comma-separated, `"` quoting with `""` for a quote) split into records as its text
 * arrives, in chunks cut anywhere. Written for the ingest's hot path: a general-purpose parser cost
 * more than validating and storing a row together. Line breaks are CRLF, LF or CR; empty lines are
 * skipped; records may have any number of fields. Broken quoting throws CsvSyntaxError.
 */
export class CsvSyntaxError extends Error {
  constructor(problem: 'Invalid Opening Quote' | 'Invalid Closing Quote' | 'Quote Not Closed', line: number) {
    super(`${problem}: at line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

/** A record's fields and the line it starts on (the first line is 1). */
export type OnRecord = (fields: string[], line: number) => void;

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

type State =
  /** Between records: an empty line here is skipped. */
  | 'record'
  /** At the start of a field: a quote here opens a quoted field. */
  | 'field'
  | 'unquoted'
  | 'quoted'
  /** A quote inside a quoted field: the next character says whether it closed it or was doubled. */
  | 'quote';

export class CsvRecords {
  #state: State = 'record';
  #fields: string[] = [];
  /** The current field's text so far, when it began in an earlier chunk or held a doubled quote. */
  #field = '';
  #line = 1;
  #recordLine = 1;
  /** The last character was a CR ending a line: an LF straight after it is the same line break. */
  #afterCr = false;
  #started = false;

  constructor(private readonly onRecord: OnRecord) {}

  write(text: string): void {
    let i = 0;
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.#state) {
        case 'record':
          if (c === LF && this.#afterCr) {
            this.#afterCr = false;
            i += 1;
          } else if (c === CR || c === LF) {
            this.#lineBreak(c);
            i += 1;
          } else {
            this.#afterCr = false;
            this.#recordLine = this.#line;
            this.#state = 'field';
          }
          break;
        case 'field':
          if (c === QUOTE) {
            this.#state = 'quoted';
            i += 1;
          } else this.#state = 'unquoted';
          break;
        case 'unquoted': {
          let j = i;
          let d = c;
          while (d !== COMMA && d !== CR && d !== LF && d !== QUOTE) {
            j += 1;
            if (j === n) break;
            d = text.charCodeAt(j);
          }
          this.#field += text.slice(i, j);
          if (j === n) return;
          if (d === QUOTE) throw new CsvSyntaxError('Invalid Opening Quote', this.#line);
          this.#endField(d);
          i = j + 1;
          break;
        }
        case 'quoted': {
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === QUOTE) break;
            // Line breaks inside a quoted field still count for where later records start.
            if (d === CR) {
              this.#line += 1;
              this.#afterCr = true;
            } else {
              if (d === LF && !this.#afterCr) this.#line += 1;
              this.#afterCr = false;
            }
            j += 1;
          }
          this.#field += text.slice(i, j);
          if (j === n) return;
          this.#state = 'quote';
          i = j + 1;
          break;
        }
        case 'quote':
          if (c === QUOTE) {
            this.#field += '"';
            this.#state = 'quoted';
            i += 1;
          } else if (c === COMMA || c === CR || c === LF) {
            this.#endField(c);
            i += 1;
          } else throw new CsvSyntaxError('Invalid Closing Quote', this.#line);
          break;
      }
    }
  }

  /** The text has ended: the last record may have no line break after it. */
  end(): void {
    if (this.#state === 'quoted') throw new CsvSyntaxError('Quote Not Closed', this.#recordLine);
    if (this.#state !== 'record') this.#endField(LF);
  }

  #lineBreak(c: number): void {
    this.#line += 1;
    this.#afterCr = c === CR;
  }

  /** Ends the current field at a comma, or the record at a line break. */
  #endField(c: number): void {
    this.#fields.push(this.#field);
    this.#field = '';
    if (c === COMMA) {
      this.#state = 'field';
      return;
    }
    this.#lineBreak(c);
    this.#state = 'record';
    const fields = this.#fields;
    this.#fields = [];
    this.onRecord(fields, this.#recordLine);
  }
}
