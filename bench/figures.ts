import type { BenchEngine } from './engines.ts';
import type { ScaleFigures, StoreFigures } from './national.ts';
import type { BenchOptions } from './options.ts';
import type { Section } from './report.ts';
import type { ThroughputFigures } from './throughput.ts';
import type { TimeToFlagFigures } from './time-to-flag.ts';
import type { WeightFigures } from './weight.ts';

export interface BenchResults {
  options: BenchOptions;
  throughput: (ThroughputFigures & { engine: BenchEngine['name'] })[];
  scale: ScaleFigures[];
  timeToFlag: TimeToFlagFigures;
  weight: WeightFigures;
}

// The issue's targets.
const LOOKUP_SHARE_OF_BARE = 0.35;
const LOOKUP_P99_UNDER_LOAD_MS = 20;
const INGEST_ROWS_PER_SECOND = 5_000;
const NATIONAL_P99_GROWTH = 1.5;
const TIME_TO_FLAG_P95_MS = 100;
const INITIAL_JS_KB = 120;
const INITIAL_CSS_KB = 30;

const count = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${n.toFixed(1)} KB`;
const storeName = ({ size }: StoreFigures) => `${count(size.people)} people, ${count(size.visits)} visits`;

function throughputSection({ options, throughput, scale }: BenchResults): Section {
  const national = scale[0]?.national;
  return {
    title: `BFF lookup throughput: ${options.connections} connections, ${options.loadSeconds} s each in ${options.loadSliceSeconds} s turns, on the store of ${national ? storeName(national) : 'national size'}`,
    rows: throughput.flatMap(({ engine, lookups, bare, ratio }) => [
      { figure: `bare Fastify route (in turn with ${engine}): requests/s`, value: count(bare.requestsPerSecond) },
      { figure: 'bare Fastify route: p50 / p99', value: `${ms(bare.p50Ms)} / ${ms(bare.p99Ms)}` },
      { figure: `lookups, ${engine}: requests/s`, value: count(lookups.requestsPerSecond) },
      {
        figure: `lookups, ${engine}: p50 / p99`,
        value: `${ms(lookups.p50Ms)} / ${ms(lookups.p99Ms)}`,
        target: `p99 <= ${LOOKUP_P99_UNDER_LOAD_MS} ms`,
        met: lookups.p99Ms <= LOOKUP_P99_UNDER_LOAD_MS,
      },
      {
        figure: `lookups, ${engine}: share of the bare route's requests/s`,
        value: `${(ratio * 100).toFixed(1)} %`,
        target: `>= ${LOOKUP_SHARE_OF_BARE * 100} %`,
        met: ratio >= LOOKUP_SHARE_OF_BARE,
      },
    ]),
  };
}

function scaleSection({ options, scale }: BenchResults): Section {
  return {
    title: `National scale: ${options.nationalStore.localAuthorities} LAs; ${options.latencyLookups} lookups per store, one at a time, the two stores in turn`,
    rows: scale.flatMap(({ engine, small, national, p99Growth }) => [
      {
        figure: `ingest, ${engine}: ${count(national.ingest.rows)} plans in ${national.ingest.seconds.toFixed(1)} s`,
        value: `${count(national.ingest.rowsPerSecond)} rows/s`,
        target: `>= ${count(INGEST_ROWS_PER_SECOND)} rows/s`,
        met: national.ingest.rowsPerSecond >= INGEST_ROWS_PER_SECOND,
      },
      ...[small, national].map((store) => ({
        figure: `lookup p50 / p99, ${engine}, ${storeName(store)}`,
        value: `${ms(store.lookup.p50Ms)} / ${ms(store.lookup.p99Ms)}`,
      })),
      {
        figure: `lookup p99, ${engine}: national store / 1,000-person store`,
        value: `${p99Growth.toFixed(2)}×`,
        target: `<= ${NATIONAL_P99_GROWTH}×`,
        met: p99Growth <= NATIONAL_P99_GROWTH,
      },
    ]),
  };
}

function timeToFlagSection({ timeToFlag }: BenchResults): Section {
  return {
    title: `Time-to-flag: Chromium, real BFF (PGlite, demo store), ${timeToFlag.lookups} lookups`,
    rows: [
      {
        figure: 'check started (10th digit) to result painted: p50 / p95',
        value: `${ms(timeToFlag.fromCheckP50Ms)} / ${ms(timeToFlag.fromCheckP95Ms)}`,
        target: `p95 <= ${TIME_TO_FLAG_P95_MS} ms`,
        met: timeToFlag.fromCheckP95Ms <= TIME_TO_FLAG_P95_MS,
      },
      {
        figure: "last digit's keydown to result painted: p50 / p95",
        value: `${ms(timeToFlag.fromKeyP50Ms)} / ${ms(timeToFlag.fromKeyP95Ms)}`,
      },
    ],
  };
}

function weightSection({ weight }: BenchResults): Section {
  const split = weight.safeguardingChunks.length > 0;
  return {
    title: 'Weight of the built SPA (gzip level 9)',
    rows: [
      {
        figure: `initial JS: ${weight.initial
          .filter(({ file }) => file.endsWith('.js'))
          .map(({ file }) => file)
          .join(', ')}`,
        value: kb(weight.initialJsKb),
        target: `<= ${INITIAL_JS_KB} KB`,
        met: weight.initialJsKb <= INITIAL_JS_KB,
      },
      {
        figure: 'initial CSS',
        value: kb(weight.initialCssKb),
        target: `<= ${INITIAL_CSS_KB} KB`,
        met: weight.initialCssKb <= INITIAL_CSS_KB,
      },
      ...weight.lazy.map(({ file, source, gzipKb }) => ({
        figure: `lazy chunk ${file}${source ? ` (${source})` : ''}`,
        value: kb(gzipKb),
      })),
      {
        figure: 'safeguarding screens in their own lazy chunks',
        value: split ? weight.safeguardingChunks.join(', ') : 'none',
        target: 'split out',
        met: split,
      },
    ],
  };
}

/** The one table: every figure, beside its target where the issue sets one. */
export const figures = (results: BenchResults): Section[] => [
  throughputSection(results),
  scaleSection(results),
  timeToFlagSection(results),
  weightSection(results),
];
