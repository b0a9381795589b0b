/**
 * The ingest figures alone: `npx tsx bench/ingest-main.ts [people]` (default 25,000), on PGlite
 * and, when DATABASE_URL is set, on that PostgreSQL server too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgliteEngine, postgresEngine, type BenchEngine } from './engines.ts';
import { measureIngest, type IngestFigures } from './ingest.ts';

const people = Number(process.argv[2] ?? 25_000);
const workDir = mkdtempSync(join(tmpdir(), 'cpis-ingest-'));
const engines: BenchEngine[] = [pgliteEngine(workDir)];
if (process.env.DATABASE_URL) engines.push(postgresEngine(process.env.DATABASE_URL));

const line = (figures: IngestFigures) =>
  `${Math.round(figures.rowsPerSecond).toLocaleString('en-GB')} rows/s (${figures.rows} rows in ${figures.seconds.toFixed(2)} s)`;
try {
  for (const engine of engines) {
    const figures = await measureIngest(engine, workDir, people);
    console.log(`${engine.name}, without PDS verification: ${line(figures.unverified)}`);
    console.log(`${engine.name}, with PDS verification:    ${line(figures.verified)}`);
  }
} finally {
  for (const engine of engines) await engine.dispose();
  rmSync(workDir, { recursive: true, force: true });
}
