// Single-lookup service time (issue 16, item 2): one lookup at a time, through HTTP and on the engine
// alone, for this tree and optionally another checkout of the code (BEFORE_DIR), in turns in one run.
//   npx tsx bench/single-lookup.ts                     this tree, PGlite (and PostgreSQL when DATABASE_URL)
//   BEFORE_DIR=/tmp/old,/tmp/older npx tsx bench/single-lookup.ts  also older checkouts, each labelled by its
//   folder's name (each with node_modules, which may be a symlink to this tree's)
//   SINGLE_LOOKUPS=500 sets the measured lookups per code version (as many again warm up).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { performLookup as PerformLookup } from '../server/cpis/lookup.ts';
import type { Database } from '../server/db/index.ts';
import { pgliteEngine, postgresEngine, type BenchEngine, type EmptyStore } from './engines.ts';
import { lookupSource, receptionistLookup, signIn, timeLookup, type LookupSource } from './lookups.ts';
import { options } from './options.ts';
import { startBff, type RunningServer } from './servers.ts';
import { inTurns, latencyOf, type LatencyFigures } from './stats.ts';
import { buildStore } from './store.ts';

/** A checkout of the code to measure: its root holds server/ and package.json. */
export interface CodeVersion {
  label: string;
  root: string;
}

export interface SingleLookupFigures {
  engine: BenchEngine['name'];
  version: string;
  /** fetch to the BFF and back, as bench/lookups.ts's timeLookup times it. */
  http: LatencyFigures;
  /** performLookup called in this process on the same kind of store: no HTTP, session or rate count. */
  engineOnly: LatencyFigures;
}

/**
 * Each version on its own 1,000-person store (options.smallStore), built alike: first `lookups`
 * sequential lookups through each one's BFF in turn, then as many calls of each one's
 * performLookup in this process in turn, as the receptionist. One number source per store for
 * both, so every flagged child (half the numbers) opens a new visit and notifies its LA.
 */
export async function measureSingleLookup(
  engine: BenchEngine,
  versions: readonly CodeVersion[],
  workDir: string,
  lookups: number,
): Promise<SingleLookupFigures[]> {
  const stores: { store: EmptyStore; next: LookupSource }[] = [];
  for (const version of versions) {
    const store = await engine.createStore(`lookup_${version.label.replace(/\W/g, '_')}`);
    const built = await buildStore(store.database, options.smallStore, workDir);
    stores.push({ store, next: lookupSource(built.flagged, 1) });
  }

  const bffs: RunningServer[] = [];
  let http: number[][];
  try {
    for (const [v, version] of versions.entries()) {
      const log = join(workDir, `bff-${engine.name}-${version.label}.log`);
      bffs.push(await startBff(stores[v]!.store.env, log, version.root));
    }
    const cookies = await Promise.all(bffs.map((bff) => signIn(bff.origin)));
    console.log(`${engine.name}: ${lookups} lookups through HTTP per version, in turns`);
    http = await inTurns(versions.length, lookups, (v) => timeLookup(bffs[v]!.origin, cookies[v]!, stores[v]!.next()));
  } finally {
    await Promise.all(bffs.map((bff) => bff.stop()));
  }

  // Each version's own code, on its own store: the stores are closed by their BFFs now.
  const { viewer, windowHours } = receptionistLookup();
  const engines: { db: Database; performLookup: typeof PerformLookup }[] = [];
  let direct: number[][];
  try {
    for (const [v, version] of versions.entries()) {
      const { openDatabase } = (await import(join(version.root, 'server/db/index.ts'))) as {
        openDatabase: typeof import('../server/db/index.ts').openDatabase;
      };
      const { performLookup } = (await import(join(version.root, 'server/cpis/lookup.ts'))) as {
        performLookup: typeof PerformLookup;
      };
      engines.push({ db: await openDatabase(stores[v]!.store.database), performLookup });
    }
    console.log(`${engine.name}: ${lookups} performLookup calls per version, in turns`);
    direct = await inTurns(versions.length, lookups, async (v) => {
      const { db, performLookup } = engines[v]!;
      const started = performance.now();
      await performLookup(db, { nhsNumber: stores[v]!.next(), viewer, now: new Date(), windowHours });
      return performance.now() - started;
    });
  } finally {
    await Promise.all(engines.map(({ db }) => db.close()));
  }

  return versions.map((version, v) => ({
    engine: engine.name,
    version: version.label,
    http: latencyOf(http[v]!),
    engineOnly: latencyOf(direct[v]!),
  }));
}

const ms = (value: number) => value.toFixed(2).padStart(7);

function formatFigures(rows: readonly SingleLookupFigures[]): string {
  const header =
    'engine      version         HTTP p50  HTTP p99  engine p50  engine p99  (ms; target HTTP p50 <= 2, p99 <= 5)';
  const lines = rows.map(
    (row) =>
      `${row.engine.padEnd(11)} ${row.version.padEnd(14)} ${ms(row.http.p50Ms)}   ${ms(row.http.p99Ms)}   ${ms(row.engineOnly.p50Ms)}     ${ms(row.engineOnly.p99Ms)}`,
  );
  return [header, ...lines].join('\n');
}

if (import.meta.main) {
  const lookups = Number(process.env.SINGLE_LOOKUPS ?? 500);
  const versions: CodeVersion[] = [
    ...(process.env.BEFORE_DIR ?? '')
      .split(',')
      .filter(Boolean)
      .map((dir) => ({ label: basename(dir), root: resolve(dir) })),
    { label: 'this', root: resolve(import.meta.dirname, '..') },
  ];
  const workDir = mkdtempSync(join(tmpdir(), 'cpis-single-lookup-'));
  const engines = [
    pgliteEngine(workDir),
    ...(process.env.DATABASE_URL ? [postgresEngine(process.env.DATABASE_URL)] : []),
  ];
  const rows: SingleLookupFigures[] = [];
  try {
    for (const engine of engines) {
      try {
        rows.push(...(await measureSingleLookup(engine, versions, workDir, lookups)));
      } finally {
        await engine.dispose();
      }
    }
    console.log(`\n${formatFigures(rows)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
