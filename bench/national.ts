import { join } from 'node:path';
import type { DatabaseConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/index.ts';
import type { BenchEngine } from './engines.ts';
import { lookupMix, RECEPTIONIST, signIn, timeLookup } from './lookups.ts';
import { options } from './options.ts';
import { startBff, type RunningServer } from './servers.ts';
import { percentile } from './stats.ts';
import { buildStore, type StoreSize } from './store.ts';

interface BenchWrites {
  audits: number;
  visits: number;
  notifications: number;
}

export interface StoreFigures {
  size: StoreSize;
  ingest: { rows: number; seconds: number; rowsPerSecond: number };
  historySeconds: number;
  bffReadySeconds: number;
  /** One lookup at a time against a BFF on this store: half flagged children, half not. */
  lookup: { lookups: number; p50Ms: number; p99Ms: number };
  /** What the bench's lookups wrote, counted in the store afterwards: proof the writes were real. */
  written: BenchWrites;
}

export interface ScaleFigures {
  engine: BenchEngine['name'];
  small: StoreFigures;
  national: StoreFigures;
  /** Lookup p99 on the national store over the same on the small one. */
  p99Growth: number;
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

/** What else to measure on the national store's BFF while it runs. */
export type OnNationalStore = (bff: RunningServer, flagged: readonly string[]) => Promise<void>;

/**
 * Builds a 1,000-person store and a national one through the real ingest path, starts a BFF on
 * each, and times lookups on the two in turn, one lookup at a time: whatever else the machine is
 * doing falls on both alike, so the ratio of the two is what a bigger store costs.
 */
export async function benchScale(
  engine: BenchEngine,
  workDir: string,
  onNationalStore?: OnNationalStore,
): Promise<ScaleFigures> {
  const stores = [];
  for (const [label, size] of [
    ['small', options.smallStore],
    ['national', options.nationalStore],
  ] as const) {
    console.log(`${engine.name}, ${label} store: ${size.people} people, ${size.visits} visits`);
    const store = await engine.createStore(label);
    stores.push({ label, size, store, built: await buildStore(store.database, size, workDir) });
  }

  const bffs: RunningServer[] = [];
  const timings = stores.map(() => [] as number[]);
  try {
    for (const { label, store } of stores) {
      bffs.push(await startBff(store.env, join(workDir, `bff-${engine.name}-${label}.log`)));
    }
    const cookies = await Promise.all(bffs.map((bff) => signIn(bff.origin)));
    const numbers = stores.map(({ built }) => lookupMix(built.flagged, 2 * options.latencyLookups, 1));
    console.log(`${engine.name}: lookup latency on both stores in turn`);
    for (let i = 0; i < 2 * options.latencyLookups; i += 1) {
      for (const [s, bff] of bffs.entries()) {
        const elapsed = await timeLookup(bff.origin, cookies[s]!, numbers[s]![i]!);
        // The first half warms both up.
        if (i >= options.latencyLookups) timings[s]!.push(elapsed);
      }
    }
    await onNationalStore?.(bffs[1]!, stores[1]!.built.flagged);
  } finally {
    await Promise.all(bffs.map((bff) => bff.stop()));
  }

  const figures: StoreFigures[] = [];
  for (const [s, { size, store, built }] of stores.entries()) {
    figures.push({
      size,
      ingest: built.ingest,
      historySeconds: built.history.seconds,
      bffReadySeconds: bffs[s]!.readySeconds,
      lookup: { lookups: timings[s]!.length, p50Ms: percentile(timings[s]!, 50), p99Ms: percentile(timings[s]!, 99) },
      written: await countWrites(store.database),
    });
  }
  const [small, national] = figures as [StoreFigures, StoreFigures];
  return { engine: engine.name, small, national, p99Growth: national.lookup.p99Ms / small.lookup.p99Ms };
}
