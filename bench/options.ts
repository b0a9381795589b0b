import type { StoreSize } from './store.ts';

/** BENCH_QUICK=1: shorter runs and a tenth of the national store, to iterate on the bench itself. */
const quick = process.env.BENCH_QUICK === '1';

export interface BenchOptions {
  quick: boolean;
  /** Load generator: connections held open and seconds of measured load per server. */
  connections: number;
  loadSeconds: number;
  /**
   * The servers take the load in turn, this many seconds at a time, after one such slice each
   * unmeasured, so both are measured warm (JIT, caches, connection pools).
   */
  loadSliceSeconds: number;
  /** Sequential lookups per store for the latency comparison, after as many again to warm up. */
  latencyLookups: number;
  timeToFlagLookups: number;
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
  loadSliceSeconds: quick ? 1 : 2,
  latencyLookups: quick ? 200 : 1000,
  timeToFlagLookups: 50,
  smallStore: store(1_000),
  nationalStore: store(quick ? 25_000 : 250_000),
  postgresUrl: process.env.DATABASE_URL || undefined,
};
