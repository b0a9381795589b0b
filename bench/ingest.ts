import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { systemClock } from '../server/clock.ts';
import { openDatabase } from '../server/db/index.ts';
import { applyExtract } from '../server/ingest/apply-extract.ts';
import { applyDirectory } from '../server/ingest/la-directory.ts';
import { ingestCaller, type PdsVerification } from '../server/ingest/pds-verification.ts';
import { createPdsClient } from '../server/pds/client.ts';
import type { BenchEngine } from './engines.ts';
import { options } from './options.ts';
import { writeExtract } from './store.ts';

export interface IngestFigures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface IngestComparison {
  engine: 'PGlite' | 'PostgreSQL';
  unverified: IngestFigures;
  verified: IngestFigures;
}

interface StandIn {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The PDS stand-in in a process of its own, as PDS is to the BFF: its work (JSON out, one
 * request per read) does not share the ingest's thread, and a remote PDS would not either.
 */
async function startStandIn(population: string): Promise<StandIn> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'stand-ins/pds/main.ts'], {
    env: { ...process.env, PORT: '0', PDS_POPULATION: population },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The PDS stand-in exited (${code}) before it was ready.`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = / at (http\S+)/.exec(line)?.[1];
      if (url) resolve(url);
    });
  });
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One extract applied to a fresh store by the real path; the clock runs from the bytes in memory to the commit. */
async function timeIngest(
  engine: BenchEngine,
  label: string,
  files: ReturnType<typeof writeExtract>,
  pdsVerification?: PdsVerification,
): Promise<IngestFigures> {
  const store = await engine.createStore(label);
  const db = await openDatabase(store.database);
  try {
    await applyDirectory(db, readFileSync(files.directory), { clock: systemClock });
    const bytes = readFileSync(files.extract);
    const started = performance.now();
    const receipt = await applyExtract(db, bytes, {
      clock: systemClock,
      ...(pdsVerification ? { pdsVerification } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    if (receipt.rejected > 0) {
      const codes = [...new Set(receipt.rejections.map((r) => r.code))].join(', ');
      throw new Error(`The synthetic extract had ${receipt.rejected} rejected rows (${codes}).`);
    }
    return { rows: receipt.applied, seconds, rowsPerSecond: receipt.applied / seconds };
  } finally {
    await db.close();
  }
}

/**
 * LA extract ingest on the real path (applyExtract: read, validate, verify, upsert in one
 * transaction), each run on a fresh store: without PDS verification, then with it against the PDS
 * stand-in holding every person in the extract, so every row verifies.
 */
export async function measureIngest(engine: BenchEngine, workDir: string, people: number): Promise<IngestComparison> {
  const files = writeExtract({ localAuthorities: options.nationalStore.localAuthorities, people }, workDir);
  const label = (mode: string) => `ingest_${mode}_${people}`;
  const unverified = await timeIngest(engine, label('unverified'), files);
  const standIn = await startStandIn(files.population);
  try {
    const pds = createPdsClient({ baseUrl: standIn.baseUrl });
    const verified = await timeIngest(engine, label('verified'), files, { pds, caller: ingestCaller() });
    return { engine: engine.name, unverified, verified };
  } finally {
    await standIn.stop();
  }
}
