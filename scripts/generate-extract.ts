// Writes a synthetic LA extract (999-range NHS numbers, invented names) for load tests:
//   tsx scripts/generate-extract.ts <rows> <out.csv> [la-count]
// With it, an LA directory of the LAs used: <out.csv>.las.csv, and a PDS stand-in population holding
// every person in the extract with the same name and date of birth (so each row verifies on PDS):
// <out.csv>.population.ndjson (PDS_POPULATION).
import { createWriteStream, writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { nhsCheckDigit } from '#contract';
import { extractColumns } from '../server/ingest/extract-rules.ts';
import { patientResource } from '../stand-ins/pds/people.ts';

/** The n-th valid 999-range NHS number (numbers whose check digit would be 10 are skipped). */
export function* syntheticNhsNumbers(): Generator<string> {
  for (let i = 1; i < 1_000_000; i += 1) {
    const firstNine = `999${String(i).padStart(6, '0')}`;
    const check = nhsCheckDigit(firstNine);
    if (check !== undefined) yield `${firstNine}${check}`;
  }
}

const [rowsArg, out, laArg] = process.argv.slice(2);
if (!rowsArg || !out) {
  console.error('Usage: tsx scripts/generate-extract.ts <rows> <out.csv> [la-count]');
  process.exit(2);
}
const rows = Number(rowsArg);
const laCount = Number(laArg ?? 153);
const laCode = (i: number) => `LA${String(i % laCount).padStart(3, '0')}`;

writeFileSync(
  `${out}.las.csv`,
  stringifySync(
    Array.from({ length: laCount }, (_, i) => [
      laCode(i),
      `Synthetic Council ${i}`,
      `0121 496 ${String(i % 1000).padStart(4, '0')}`,
      `020 7946 ${String(i % 1000).padStart(4, '0')}`,
    ]),
    { header: true, columns: ['la_code', 'name', 'office_hours_phone', 'emergency_duty_phone'] },
  ),
);

const file = createWriteStream(out);
const csv = stringify({ header: true, columns: [...extractColumns] });
csv.pipe(file);
const population = createWriteStream(`${out}.population.ndjson`);
const numbers = syntheticNhsNumbers();
const legal = ['S31', 'S38', 'S20', 'E1'];
for (let i = 0; i < rows; i += 1) {
  const nhs = numbers.next().value as string;
  const kind = i % 10;
  const type = kind < 5 ? 'CPP' : kind < 9 ? 'LAC' : 'UCPP';
  const line = [
    laCode(i),
    `PLAN-${i}`,
    'upsert',
    type,
    type === 'LAC' ? legal[i % 4] : '',
    nhs,
    `Family${i % 5000}`,
    `Given${i % 700}`,
    type === 'UCPP' ? '1998-05-01' : `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    '2025-01-15',
    i % 7 === 0 ? '2026-03-01' : '',
    type === 'UCPP' ? '2027-02-01' : '',
  ];
  const patient = patientResource({
    nhsNumber: nhs,
    familyName: line[6]!,
    givenName: line[7]!,
    gender: i % 2 === 0 ? 'female' : 'male',
    dateOfBirth: line[8]!,
    postcode: 'LS1 4AP',
  });
  const drained = [csv.write(line), population.write(`${JSON.stringify(patient)}\n`)];
  for (const [index, stream] of [csv, population].entries()) {
    if (!drained[index]) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
}
csv.end();
population.end();
