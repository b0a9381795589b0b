// PLACEHOLDER, to be replaced at merge by the ingest work's own bench/ingest.ts (same interface). It
// times the extract through applyExtract unverified only; `verified` is NaN, marked as not measured.
import { readFileSync } from 'node:fs';
import { systemClock } from '../server/clock.ts';
import { openDatabase } from '../server/db/index.ts';
import { applyExtract } from '../server/ingest/apply-extract.ts';
import { applyDirectory } from '../server/ingest/la-directory.ts';
import type { BenchEngine } from './engines.ts';
import { options } from './options.ts';
import { writeExtract } from './store.ts';

export interface IngestFigures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface IngestComparison {
  engine: BenchEngine['name'];
  unverified: IngestFigures;
  /** Each row's NHS number read on the PDS stand-in before the rows are applied. */
  verified: IngestFigures;
  /** Verified again with PDS answers already cached, where the path caches them. */
  verifiedWarm?: IngestFigures;
}

const NOT_MEASURED: IngestFigures = { rows: NaN, seconds: NaN, rowsPerSecond: NaN };

/** An extract of `people` plans into a new empty store of this engine, through the real ingest path. */
export async function measureIngest(engine: BenchEngine, workDir: string, people: number): Promise<IngestComparison> {
  const files = writeExtract({ ...options.nationalStore, people, visits: 0 }, workDir);
  const store = await engine.createStore('ingest');
  const db = await openDatabase(store.database);
  try {
    await applyDirectory(db, readFileSync(files.directory), { clock: systemClock });
    const started = performance.now();
    const receipt = await applyExtract(db, readFileSync(files.extract), { clock: systemClock });
    const seconds = (performance.now() - started) / 1000;
    return {
      engine: engine.name,
      unverified: { rows: receipt.applied, seconds, rowsPerSecond: receipt.applied / seconds },
      verified: NOT_MEASURED,
    };
  } finally {
    await db.close();
  }
}
