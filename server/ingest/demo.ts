import { readFileSync } from 'node:fs';
import { addDays, daysBetween, englandDate } from '#contract';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/index.ts';
import { applyExtract } from './apply-extract.ts';
import { applyDirectory } from './la-directory.ts';

const demoDir = new URL('../../data/demo/', import.meta.url);

/**
 * The demo extract's dates are written as of this day. The loader moves every date forward by the
 * days since, so "ended 3 months ago" stays 3 months ago whenever the demo is loaded.
 */
export const DEMO_ANCHOR_DATE = '2026-11-21';

export function shiftDemoDates(csv: string, today: string): string {
  const shift = daysBetween(DEMO_ANCHOR_DATE, today);
  const [header = '', ...rows] = csv.split('\n');
  // A date of birth is who the person is: it stays as PDS (and the PDS stand-in) holds it.
  const keep = header.split(',').indexOf('date_of_birth');
  const shifted = rows.map((row) =>
    row
      .split(',')
      .map((field, index) => (index !== keep && /^\d{4}-\d{2}-\d{2}$/.test(field) ? addDays(field, shift) : field))
      .join(','),
  );
  return [header, ...shifted].join('\n');
}

/** Loads the synthetic demo LAs and plans, through the real ingest path, when the store is empty. */
export async function loadDemoDataIfEmpty(db: Database, clock: Clock): Promise<{ plans: number } | undefined> {
  const [existing] = await db.query<{ count: number }>('SELECT count(*) AS count FROM local_authorities');
  if ((existing?.count ?? 0) > 0) return undefined;
  await applyDirectory(db, readFileSync(new URL('la-directory.csv', demoDir)), { clock });
  const extract = shiftDemoDates(readFileSync(new URL('extract.csv', demoDir), 'utf8'), englandDate(clock()));
  const receipt = await applyExtract(db, new TextEncoder().encode(extract), { clock });
  return { plans: receipt.applied };
}
