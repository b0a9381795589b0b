/**
 * npm run bank-holidays -- FILE: replaces the shipped England and Wales bank holidays with a newer
 * file in GOV.UK's format (download https://www.gov.uk/bank-holidays.json on a machine that may
 * reach GOV.UK; this one never fetches it). Only the england-and-wales division is kept. Rebuild the
 * SPA afterwards (npm run build), as the dates are bundled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bankHolidaysFileSchema } from '../contract/bank-holidays.ts';

const TARGET = fileURLToPath(new URL('../src/lib/bank-holidays.json', import.meta.url));

const [file] = process.argv.slice(2);
if (!file) {
  console.error('Usage: npm run bank-holidays -- path/to/bank-holidays.json');
  process.exit(2);
}
let parsed;
try {
  parsed = bankHolidaysFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
if (!parsed.success) {
  console.error(`${file} is not in GOV.UK's bank-holidays format: ${parsed.error.issues[0]?.message ?? ''}`);
  process.exit(2);
}
const division = parsed.data['england-and-wales'];
const events = [...division.events].sort((a, b) => a.date.localeCompare(b.date));
writeFileSync(TARGET, `${JSON.stringify({ 'england-and-wales': { ...division, events } }, null, 2)}\n`);
console.log(`Loaded ${events.length} England and Wales bank holidays, ${events[0]!.date} to ${events.at(-1)!.date}.`);
