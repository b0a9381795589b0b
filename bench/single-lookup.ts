// Single-lookup service time (issue 16, item 2): one lookup at a time, through HTTP and on the engine
// alone, for this tree and optionally another checkout of the code (BEFORE_DIR), in turns in one run.
//   npx tsx bench/single-lookup.ts                     this tree, PGlite (and PostgreSQL when DATABASE_URL)
//   BEFORE_DIR=/tmp/old,/tmp/older npx tsx bench/single-lookup.ts  also older checkouts, each labelled by its
//   folder's name (each with node_modules, which may be a symlink to this tree's)
//   SINGLE_LOOKUPS=500 sets the measured lookups per code version (as many again warm up).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Database } from '../server/db/index.ts';
import type { performLookup as PerformLookup } from '../server/cpis/lookup.ts';
import type { Viewer } from '../server/cpis/audit.ts';
import { pgliteEngine, postgresEngine, type BenchEngine } from './engines.ts';
import { lookupMix, RECEPTIONIST, signIn, timeLookup } from './lookups.ts';
import { startServer, type RunningServer } from './servers.ts';
import { percentile } from './stats.ts';
import { buildStore, type StoreSize } from './store.ts';

/** A checkout of the code to measure: its root holds server/ and package.json. */
export interface CodeVersion {
  label: string;
  root: string;
}

export interface LatencyFigures {
  lookups: number;
  p50Ms: number;
  p99Ms: number;
}

export interface SingleLookupFigures {
  engine: BenchEngine['name'];
  version: string;
  /** fetch to the BFF and back, as bench/lookups.ts's timeLookup times it. */
  http: LatencyFigures;
  /** performLookup called in this process on the same kind of store: no HTTP, session or rate count. */
  engineOnly: LatencyFigures;
}

/** The demo receptionist at the demo ED, as performLookup sees them: flagged lookups write a visit. */
const VIEWER: Viewer = {
  name: 'Bench Receptionist',
  cardId: RECEPTIONIST.cardId,
  role: 'registration',
  jobRoleCode: 'R8009',
  jobRoleName: 'Receptionist',
  organisation: { code: 'RX101', name: 'Bench ED' },
  settingType: 'emergency-department',
};

const SMALL_STORE: StoreSize = { localAuthorities: 153, people: 1_000, visits: 20_000 };

const figuresOf = (timings: number[]): LatencyFigures => ({
  lookups: timings.length,
  p50Ms: percentile(timings, 50),
  p99Ms: percentile(timings, 99),
});

/** The real BFF of a version, quiet and with the lookup limit out of the way (as bench/servers.ts's startBff). */
const startBffOf = (version: CodeVersion, env: Record<string, string>, logFile: string) =>
  startServer(
    join(version.root, 'server/main.ts'),
    { LOG_LEVEL: 'warn', DEMO_DATA: 'false', DATABASE_URL: '', LOOKUP_RATE_LIMIT_PER_MINUTE: '100000000', ...env },
    logFile,
  );

/** Runs `measure` for every version in turn, `2 * lookups` times, keeping the second half (the first warms up). */
async function inTurns(
  versions: number,
  lookups: number,
  measure: (version: number, i: number) => Promise<number>,
): Promise<number[][]> {
  const timings = Array.from({ length: versions }, () => [] as number[]);
  for (let i = 0; i < 2 * lookups; i += 1) {
    for (let v = 0; v < versions; v += 1) {
      const elapsed = await measure(v, i);
      if (i >= lookups) timings[v]!.push(elapsed);
    }
  }
  return timings;
}

/**
 * Each version on its own small store (1,000 flagged people, 20 visits each), built alike: first
 * `lookups` sequential lookups through each one's BFF in turn, then as many calls of each one's
 * performLookup in this process in turn. Half the numbers are flagged children (the receptionist
 * is at an ED, so each opens a visit and notifies), half unflagged.
 */
export async function measureSingleLookup(
  engine: BenchEngine,
  versions: readonly CodeVersion[],
  workDir: string,
  lookups: number,
): Promise<SingleLookupFigures[]> {
  const stores = [];
  for (const version of versions) {
    const store = await engine.createStore(`lookup_${version.label.replace(/\W/g, '_')}`);
    stores.push({ store, built: await buildStore(store.database, SMALL_STORE, workDir) });
  }

  const bffs: RunningServer[] = [];
  let http: number[][];
  try {
    for (const [v, version] of versions.entries()) {
      bffs.push(
        await startBffOf(version, stores[v]!.store.env, join(workDir, `bff-${engine.name}-${version.label}.log`)),
      );
    }
    const cookies = await Promise.all(bffs.map((bff) => signIn(bff.origin)));
    const numbers = stores.map(({ built }) => lookupMix(built.flagged, 2 * lookups, 1));
    console.log(`${engine.name}: ${lookups} lookups through HTTP per version, in turns`);
    http = await inTurns(versions.length, lookups, (v, i) => timeLookup(bffs[v]!.origin, cookies[v]!, numbers[v]![i]!));
  } finally {
    await Promise.all(bffs.map((bff) => bff.stop()));
  }

  // Each version's own code, on its own store: the stores are closed by their BFFs now.
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
    // Another seed: a child looked up through HTTP in this attendance would not open a visit again.
    const numbers = stores.map(({ built }) => lookupMix(built.flagged, 2 * lookups, 2));
    console.log(`${engine.name}: ${lookups} performLookup calls per version, in turns`);
    direct = await inTurns(versions.length, lookups, async (v, i) => {
      const { db, performLookup } = engines[v]!;
      const started = performance.now();
      await performLookup(db, { nhsNumber: numbers[v]![i]!, viewer: VIEWER, now: new Date(), windowHours: 12 });
      return performance.now() - started;
    });
  } finally {
    await Promise.all(engines.map(({ db }) => db.close()));
  }

  return versions.map((version, v) => ({
    engine: engine.name,
    version: version.label,
    http: figuresOf(http[v]!),
    engineOnly: figuresOf(direct[v]!),
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
