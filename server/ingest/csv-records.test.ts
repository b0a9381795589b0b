import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { expect, it } from 'vitest';
import { CsvRecords } from './csv-records.ts';
import { seededRandom } from '../../stand-ins/seeded-random.ts';

// The ingest's own parser is checked against csv-parse, the library the rest of the project reads
// CSV with: the same records from the same text, for text no hand-picked case would think of.

// What makes CSV hard: separators, quotes and every line break inside a field, and text beyond ASCII.
const ALPHABET = ['a', 'Z', '9', ' ', ',', '"', '""', '\n', '\r', '\r\n', 'é', 'ß', '€', '😀'];

function randomRecords(random: () => number): string[][] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const field = () => Array.from({ length: Math.floor(random() * 6) }, () => pick(ALPHABET)).join('');
  return Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 5) }, field),
  );
}

/** CsvRecords fed the text in random chunks, cut anywhere. */
function readInChunks(text: string, random: () => number): string[][] {
  const records: string[][] = [];
  const reader = new CsvRecords((fields) => records.push(fields));
  for (let i = 0; i < text.length;) {
    const size = 1 + Math.floor(random() * 12);
    reader.write(text.slice(i, i + size));
    i += size;
  }
  reader.end();
  return records;
}

it('reads the same records as csv-parse from 500 random files, in random chunks', () => {
  for (let seed = 1; seed <= 500; seed += 1) {
    const random = seededRandom(seed);
    // Every line break inside a field quoted: csv-stringify leaves one that is not its own record
    // delimiter bare, and then it ends a record here (a file may end lines with CR, LF or CRLF) but is
    // text to csv-parse, which takes the first line break it meets as the file's only one.
    const text = stringify(randomRecords(random), {
      record_delimiter: random() < 0.5 ? 'unix' : 'windows',
      quoted_match: /[\r\n]/,
    });
    const expected = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    expect(readInChunks(text, random), `seed ${seed}`).toEqual(expected);
  }
});
