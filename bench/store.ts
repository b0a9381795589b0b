import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../server/clock.ts';
import type { DatabaseConfig } from '../server/config.ts';
import { openDatabase, type Database } from '../server/db/index.ts';
import { applyExtract } from '../server/ingest/apply-extract.ts';
import { applyDirectory } from '../server/ingest/la-directory.ts';

export interface StoreSize {
  localAuthorities: number;
  /** People with a plan: one plan each, as scripts/generate-extract.ts writes them. */
  people: number;
  visits: number;
}

export interface BuiltStore {
  /** Access history made in bulk: every visit with the audit row of the lookup that opened it. */
  history: { visits: number; seconds: number };
  /** The NHS numbers the store holds a plan for. */
  flagged: string[];
}

// People per statement: each statement writes their audit rows and visits, a few hundred thousand rows.
const PEOPLE_PER_BATCH = 12_500;

/**
 * One statement per batch of people: each gets `perPerson` visits at other EDs over the past year,
 * scattered across the heap as real visits arriving over months would be, and each visit the
 * audit row of the lookup that opened it (visits.first_lookup_id must point at one). Ids count up
 * from $4, in the shape of a v4 UUID (variant 8 for audit rows, 9 for visits): unique, and cheap to index.
 */
const INSERT_HISTORY = `
WITH audit AS (
  INSERT INTO access_audit (lookup_id, at, nhs_number, outcome, user_name, card_id, role, job_role_code,
                            job_role_name, organisation_code, organisation_name, setting_type)
  SELECT ('00000000-0000-4000-8000-' || lpad(to_hex($4::bigint + (k - 1) * $5::bigint + p.n), 12, '0'))::uuid,
         $2::timestamptz - ((p.n * 7919 + k * 104729) % 31536000) * interval '1 second',
         p.nhs_number, 'plans-found', 'Synthetic Receptionist', '555999999999', 'registration', 'R8009',
         'Receptionist', 'RB' || lpad(((p.n + k) % 900)::text, 3, '0'), 'Synthetic Trust ED ' || (p.n + k) % 900,
         'emergency-department'
  FROM generate_series(1, $3::int) AS k CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS p(nhs_number, n)
  RETURNING lookup_id, at, nhs_number, organisation_code, organisation_name, setting_type
)
INSERT INTO visits (id, nhs_number, at, organisation_code, organisation_name, setting_type,
                    first_checked_by_role, first_lookup_id)
SELECT ('00000000-0000-4000-9000-' || substr(lookup_id::text, 25))::uuid, nhs_number, at, organisation_code,
       organisation_name, setting_type, 'registration', lookup_id
FROM audit`;

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * A synthetic extract of `size.people` plans, its LA directory and a PDS population holding its
 * people, written by scripts/generate-extract.ts once per run: it writes the same files for the same size.
 */
export function writeExtract(
  size: Omit<StoreSize, 'visits'>,
  workDir: string,
): { extract: string; directory: string; population: string } {
  const extract = join(workDir, `extract-${size.people}-${size.localAuthorities}.csv`);
  const files = { extract, directory: `${extract}.las.csv`, population: `${extract}.population.ndjson` };
  if (!existsSync(files.population)) {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/generate-extract.ts', String(size.people), extract, String(size.localAuthorities)],
      { stdio: 'inherit' },
    );
  }
  return files;
}

/**
 * Loads the history as a restore would: secondary indexes dropped, rows in, the same indexes built
 * again from their own definitions. Kept up row by row, millions of random inserts into indexes
 * larger than the cache take many times longer, and that is not what the bench measures.
 */
async function addHistory(db: Database, flagged: string[], perPerson: number): Promise<number> {
  const at = new Date().toISOString();
  const indexes = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename IN ('access_audit', 'visits')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const index of indexes) await db.exec(`DROP INDEX ${index.name}`);
  for (let i = 0; i < flagged.length; i += PEOPLE_PER_BATCH) {
    const people = flagged.slice(i, i + PEOPLE_PER_BATCH);
    await db.query(INSERT_HISTORY, [people, at, perPerson, i * perPerson, people.length]);
  }
  for (const index of indexes) await db.exec(index.definition);
  // What autovacuum would have done by the time a real store is this size (PGlite has no autovacuum).
  await db.exec('ANALYZE');
  return flagged.length * perPerson;
}

/** Builds a synthetic store in an empty database, which is left closed for a BFF to open. */
export async function buildStore(database: DatabaseConfig, size: StoreSize, workDir: string): Promise<BuiltStore> {
  const files = writeExtract(size, workDir);
  const db = await openDatabase(database);
  try {
    await applyDirectory(db, readFileSync(files.directory), { clock: systemClock });
    // Unverified: the stand-in does not hold the synthetic people. bench/ingest.ts times this path.
    const receipt = await applyExtract(db, readFileSync(files.extract), { clock: systemClock });
    if (receipt.rejected > 0) throw new Error(`The synthetic extract had ${receipt.rejected} rejected rows.`);

    const flagged = (await db.query<{ nhs_number: string }>('SELECT DISTINCT nhs_number FROM plans')).map(
      (row) => row.nhs_number,
    );
    const historyStarted = performance.now();
    const visits = await addHistory(db, flagged, Math.max(1, Math.round(size.visits / flagged.length)));
    return {
      history: { visits, seconds: seconds(historyStarted) },
      flagged,
    };
  } finally {
    await db.close();
  }
}
