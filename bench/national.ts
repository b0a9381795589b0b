import { join } from 'node:path';
import type { DatabaseConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/index.ts';
import { measureEfficiency, type EfficiencyFigures } from './efficiency.ts';
import type { BenchEngine, EmptyStore } from './engines.ts';
import { lookupSource, RECEPTIONIST, signIn, signInEach, timeLookup, type LookupSource } from './lookups.ts';
import { measureOpenLoop, type OpenLoopFigures } from './open-loop.ts';
import { options } from './options.ts';
import { startBff, type RunningServer } from './servers.ts';
import { say } from './report.ts';
import { inTurns, latencyOf, type LatencyFigures } from './stats.ts';
import { buildStore, type StoreSize } from './store.ts';

interface BenchWrites {
  audits: number;
  visits: number;
  notifications: number;
}

export interface StoreFigures {
  size: StoreSize;
  historySeconds: number;
  bffReadySeconds: number;
  /** One lookup at a time against a BFF on this store: half flagged children, half not. */
  lookup: LatencyFigures;
}

export interface EngineFigures {
  engine: BenchEngine['name'];
  small: StoreFigures;
  national: StoreFigures;
  /** Lookup p99 on the national store over the same on the small one. */
  p99Growth: number;
  efficiency: EfficiencyFigures;
  openLoop: OpenLoopFigures;
  /** What the bench's lookups wrote to the national store, counted afterwards: proof the writes were real. */
  written: BenchWrites;
}

/** The receptionist's rows: the synthetic history was written under another card and other EDs. */
async function countWrites(database: DatabaseConfig): Promise<BenchWrites> {
  const db = await openDatabase(database);
  try {
    const [counts] = await db.query<BenchWrites>(
      `SELECT (SELECT count(*) FROM access_audit WHERE card_id = $1) AS audits,
              (SELECT count(*) FROM visits WHERE organisation_code = $2) AS visits,
              (SELECT count(*) FROM notifications WHERE organisation_code = $2) AS notifications`,
      [RECEPTIONIST.cardId, 'RX101'],
    );
    return counts!;
  } finally {
    await db.close();
  }
}

interface Store {
  label: string;
  size: StoreSize;
  store: EmptyStore;
  historySeconds: number;
  next: LookupSource;
}

/**
 * Lookups to a BFF on each store in turn, one at a time: whatever else the machine is doing falls
 * on both alike, so the ratio of the two is what a bigger store costs.
 */
async function oneAtATime(stores: readonly Store[], bffs: readonly RunningServer[]): Promise<StoreFigures[]> {
  const cookies = await Promise.all(bffs.map((bff) => signIn(bff.origin)));
  const timings = await inTurns(stores.length, options.latencyLookups, (s) =>
    timeLookup(bffs[s]!.origin, cookies[s]!, stores[s]!.next()),
  );
  return stores.map(({ size, historySeconds }, s) => ({
    size,
    historySeconds,
    bffReadySeconds: bffs[s]!.readySeconds,
    lookup: latencyOf(timings[s]!),
  }));
}

/** One BFF per store for the one-at-a-time comparison; the national store's, warm, then takes the open loop. */
async function throughBff(engine: BenchEngine['name'], stores: readonly Store[], log: (name: string) => string) {
  const bffs: RunningServer[] = [];
  try {
    // Started together (each is bound by migrations and its start-up purge), so bffs[i] is stores[i]'s.
    const started = await Promise.allSettled(stores.map(({ label, store }) => startBff(store.env, log(label))));
    for (const result of started) if (result.status === 'fulfilled') bffs.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    say(`${engine}: one lookup at a time, both stores in turn`);
    const [small, national] = (await oneAtATime(stores, bffs)) as [StoreFigures, StoreFigures];
    await bffs[0]!.stop();
    say(`${engine}: open loop, ${options.openLoopRate} lookups/s for ${options.openLoopSeconds} s`);
    const { origin } = bffs[1]!;
    const openLoop = await measureOpenLoop(origin, await signInEach(origin, options.connections), stores[1]!.next, {
      rate: options.openLoopRate,
      seconds: options.openLoopSeconds,
    });
    return { small, national, openLoop };
  } finally {
    await Promise.all(bffs.map((bff) => bff.stop()));
  }
}

/**
 * Everything measured on one engine: a 1,000-person store and a national one built through the
 * real ingest path; the service time one lookup at a time on both; the open-loop latency at peak;
 * the engine limit against the BFF. Each store has one source of numbers for all of it, so every
 * flagged child looked up opens a new visit and notifies its LA.
 */
export async function benchEngine(engine: BenchEngine, workDir: string): Promise<EngineFigures> {
  const stores: Store[] = [];
  for (const [label, size] of [
    ['small', options.smallStore],
    ['national', options.nationalStore],
  ] as const) {
    say(`${engine.name}, ${label} store: ${size.people} people, ${size.visits} visits`);
    const store = await engine.createStore(label);
    const built = await buildStore(store.database, size, workDir);
    stores.push({ label, size, store, historySeconds: built.history.seconds, next: lookupSource(built.flagged, 1) });
  }
  const national = stores[1]!;
  const log = (name: string) => join(workDir, `bff-${engine.name}-${name}.log`);

  const { small, national: big, openLoop } = await throughBff(engine.name, stores, log);
  say(`${engine.name}: engine limit and the BFF, ${options.connections} in flight, in turn`);
  const efficiency = await measureEfficiency(national.store, national.next, engine.singleProcess, log('load'));
  return {
    engine: engine.name,
    small,
    national: big,
    p99Growth: big.lookup.p99Ms / small.lookup.p99Ms,
    efficiency,
    openLoop,
    written: await countWrites(national.store.database),
  };
}
