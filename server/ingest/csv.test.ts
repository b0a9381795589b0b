import { describe, expect, it } from 'vitest';
import { IngestFileError, readCsv } from './csv.ts';

const columns = ['la_plan_ref', 'note'] as const;
const file = 'la_plan_ref,note\r\nP1,"Zoë\r\nwrote this"\r\n\r\nP2,café\r\n';

/** The same bytes as an upload delivers them: in small chunks, cutting characters and rows apart. */
async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('reading a CSV as it arrives', () => {
  it('reads chunks cut mid-character and mid-row exactly as the whole file', async () => {
    const bytes = new TextEncoder().encode(file);
    const whole = await readCsv(bytes, columns, ['la_plan_ref']);
    expect(whole).toEqual([
      { line: 2, record: { la_plan_ref: 'P1', note: 'Zoë\r\nwrote this' }, fieldCountMismatch: false },
      { line: 5, record: { la_plan_ref: 'P2', note: 'café' }, fieldCountMismatch: false },
    ]);
    for (const size of [1, 2, 3, 7])
      expect(await readCsv(inChunks(bytes, size), columns, ['la_plan_ref'])).toEqual(whole);
  });

  it('refuses bad UTF-8 split across chunks, and passes on the source’s own error as it is', async () => {
    const bad = new Uint8Array([...new TextEncoder().encode('la_plan_ref\nP'), 0xc3]);
    await expect(readCsv(inChunks(bad, 2), columns, ['la_plan_ref'])).rejects.toThrow(IngestFileError);
    class TooLarge extends Error {}
    async function* overLimit(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('la_plan_ref\nP1\n');
      throw new TooLarge();
    }
    await expect(readCsv(overLimit(), columns, ['la_plan_ref'])).rejects.toThrow(TooLarge);
  });

  it('ends lines at CR, LF or CRLF, keeps a trailing empty field, and doubles quotes inside quotes', async () => {
    const text = 'la_plan_ref,note\rP1,\rP2,"say ""hi"""\n\nP3,"a,b"';
    expect(await readCsv(new TextEncoder().encode(text), columns, ['la_plan_ref'])).toEqual([
      { line: 2, record: { la_plan_ref: 'P1', note: '' }, fieldCountMismatch: false },
      { line: 3, record: { la_plan_ref: 'P2', note: 'say "hi"' }, fieldCountMismatch: false },
      { line: 5, record: { la_plan_ref: 'P3', note: 'a,b' }, fieldCountMismatch: false },
    ]);
  });

  it.each([
    ['a quote inside an unquoted field', 'la_plan_ref,note\nP1,ab"c\n', 'Invalid Opening Quote'],
    ['text after a closing quote', 'la_plan_ref,note\nP1,"ab"c\n', 'Invalid Closing Quote'],
    ['a quote never closed', 'la_plan_ref,note\nP1,"ab\n', 'Quote Not Closed'],
  ])('refuses %s as not readable CSV', async (_, text, problem) => {
    await expect(readCsv(new TextEncoder().encode(text), columns, ['la_plan_ref'])).rejects.toThrow(
      new IngestFileError(`The file is not readable CSV (${problem}).`),
    );
  });
});
