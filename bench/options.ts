import type { StoreSize } from './store.ts';

/** BENCH_QUICK=1: shorter runs and a 25th of the national store, to iterate on the bench itself. */
const quick = process.env.BENCH_QUICK === '1';

export interface BenchOptions {
  quick: boolean;
  /** Closed loop, engine alone and BFF alike: this many lookups in flight, each sent when the last came back. */
  connections: number;
  /** Measured seconds of closed-loop load on each of the engine and the BFF. */
  loadSeconds: number;
  /**
   * The engine and the BFF take the load in turn, this many seconds at a time, each after one such
   * slice unmeasured whenever it is (re)started, so both are measured warm. On PGlite only one
   * process may open the store, so each turn restarts its side: fewer, longer turns there.
   */
  loadSliceSeconds: { shared: number; exclusive: number };
  /** Open loop: lookups a second, sent on a timer whether or not earlier ones have answered. */
  openLoopRate: number;
  openLoopSeconds: number;
  /** Sequential lookups per store for the service time and the scale comparison, after as many again to warm up. */
  latencyLookups: number;
  timeToFlagLookups: number;
  traceToFlagTraces: number;
  smallStore: StoreSize;
  nationalStore: StoreSize;
  /** Where set, everything measured on PGlite is measured on this PostgreSQL server too. */
  postgresUrl: string | undefined;
}

const LOCAL_AUTHORITIES = 153;
// As many visits per person in both stores, so the comparison is of size alone.
const VISITS_PER_PERSON = 20;
const store = (people: number): StoreSize => ({
  localAuthorities: LOCAL_AUTHORITIES,
  people,
  visits: people * VISITS_PER_PERSON,
});

export const options: BenchOptions = {
  quick,
  connections: 10,
  loadSeconds: quick ? 3 : 10,
  loadSliceSeconds: quick ? { shared: 1, exclusive: 3 } : { shared: 2, exclusive: 5 },
  openLoopRate: 50,
  openLoopSeconds: quick ? 10 : 30,
  latencyLookups: quick ? 100 : 1000,
  timeToFlagLookups: quick ? 20 : 50,
  traceToFlagTraces: quick ? 5 : 30,
  smallStore: store(1_000),
  nationalStore: store(quick ? 10_000 : 250_000),
  postgresUrl: process.env.DATABASE_URL || undefined,
};
