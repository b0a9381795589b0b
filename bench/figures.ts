import type { BenchEngine } from './engines.ts';
import type { IngestComparison } from './ingest.ts';
import type { EngineFigures } from './national.ts';
import type { BenchOptions } from './options.ts';
import { row, type Row, type Section } from './report.ts';
import type { TimeToFlagFigures } from './time-to-flag.ts';
import type { WeightFigures } from './weight.ts';

export interface BenchResults {
  options: BenchOptions;
  engines: EngineFigures[];
  ingest: IngestComparison[];
  timeToFlag: TimeToFlagFigures;
  weight: WeightFigures;
}

// Issue 16's targets.
const BFF_SHARE_OF_ENGINE = 0.7;
const SINGLE_P50_MS = 2;
const SINGLE_P99_MS = 5;
const NATIONAL_P99_GROWTH = 1.5;
const OPEN_LOOP_P99_MS = 15;
const INGEST_VERIFIED_ROWS_PER_SECOND = 5_000;
const INGEST_UNVERIFIED_ROWS_PER_SECOND = 15_000;
const TIME_TO_FLAG_P95_MS = 100;
const TRACE_TO_FLAG_P95_MS = 300;
const INITIAL_JS_KB = 120;
const INITIAL_CSS_KB = 30;

/** 'pglite', 'postgresql': the engine's part of a row id. */
const key = (engine: BenchEngine['name']) => engine.toLowerCase();
const people = (n: number) => `${n.toLocaleString('en-GB')} people`;

function engineLimitSection({ options, engines }: BenchResults): Section {
  return {
    title: `Engine limit and the BFF: ${options.connections} lookups in flight (closed loop), ${options.loadSeconds} s each, in turn, on the national store`,
    rows: engines.flatMap(({ engine, efficiency: { engine: limit, bff, ratio } }) => [
      row(
        `lookup.engine_limit.${key(engine)}.per_s`,
        `${engine}: performLookup alone, lookups/s`,
        limit.lookupsPerSecond,
        'per_s',
      ),
      row(`lookup.engine_limit.${key(engine)}.p99_ms`, `${engine}: performLookup alone, p99`, limit.p99Ms, 'ms'),
      row(`lookup.bff.${key(engine)}.per_s`, `${engine}: BFF, lookups/s`, bff.lookupsPerSecond, 'per_s'),
      row(`lookup.bff.${key(engine)}.p99_ms`, `${engine}: BFF, p99`, bff.p99Ms, 'ms'),
      row(`lookup.bff_share_of_engine.${key(engine)}`, `${engine}: BFF / engine limit`, ratio, 'share', {
        atLeast: BFF_SHARE_OF_ENGINE,
      }),
    ]),
  };
}

function singleSection({ options, engines }: BenchResults): Section {
  const national = options.nationalStore;
  return {
    title: `Single lookup through the BFF, one at a time: ${options.latencyLookups} per store, the national (${people(national.people)}, ${national.visits.toLocaleString('en-GB')} visits) and a ${people(options.smallStore.people)} store in turn`,
    rows: engines.flatMap(({ engine, small, national: big, p99Growth }): Row[] => {
      const id = `lookup.single.${key(engine)}`;
      return [
        row(`${id}.p50_ms`, `${engine}: p50, national store`, big.lookup.p50Ms, 'ms', { atMost: SINGLE_P50_MS }),
        row(`${id}.p99_ms`, `${engine}: p99, national store`, big.lookup.p99Ms, 'ms', { atMost: SINGLE_P99_MS }),
        row(`${id}.small.p99_ms`, `${engine}: p99, small store`, small.lookup.p99Ms, 'ms'),
        row(`${id}.p99_growth`, `${engine}: p99 national / small`, p99Growth, 'times', {
          atMost: NATIONAL_P99_GROWTH,
        }),
      ];
    }),
  };
}

function openLoopSection({ options, engines }: BenchResults): Section {
  return {
    title: `Latency at peak: open loop, ${options.openLoopRate} lookups/s for ${options.openLoopSeconds} s on the national store, timed from when each was due`,
    rows: engines.flatMap(({ engine, openLoop, written }) => {
      const id = `lookup.open_loop.${key(engine)}`;
      return [
        row(`${id}.p50_ms`, `${engine}: p50`, openLoop.p50Ms, 'ms'),
        row(`${id}.p99_ms`, `${engine}: p99`, openLoop.p99Ms, 'ms', { atMost: OPEN_LOOP_P99_MS }),
        row(`${id}.max_ms`, `${engine}: max`, openLoop.maxMs, 'ms'),
        row(`${id}.errors`, `${engine}: errors of ${openLoop.sent} lookups`, openLoop.errors, 'count', { atMost: 0 }),
        row(
          `lookup.written.${key(engine)}.notifications`,
          `${engine}: LA notifications the bench's lookups wrote (${written.visits} visits, ${written.audits} audit rows)`,
          written.notifications,
          'count',
        ),
      ];
    }),
  };
}

function ingestSection({ ingest }: BenchResults): Section {
  return {
    title: 'Ingest: the extract through the real ingest path, into an empty store',
    rows: ingest.flatMap(({ engine, unverified, verified }) => {
      const id = `ingest.${key(engine)}`;
      return [
        row(
          `${id}.unverified.rows_per_s`,
          `${engine}: ${people(unverified.rows)}, unverified`,
          unverified.rowsPerSecond,
          'rows_per_s',
          {
            atLeast: INGEST_UNVERIFIED_ROWS_PER_SECOND,
          },
        ),
        row(
          `${id}.verified.rows_per_s`,
          `${engine}: verified on the PDS stand-in`,
          verified.rowsPerSecond,
          'rows_per_s',
          {
            atLeast: INGEST_VERIFIED_ROWS_PER_SECOND,
          },
        ),
      ];
    }),
  };
}

function timeToFlagSection({ timeToFlag: { viewport, fromCheck, fromKey, fromTrace } }: BenchResults): Section {
  return {
    title: `Time-to-flag: Chromium at ${viewport.width} × ${viewport.height}, real BFF (PGlite, demo store, PDS stand-in), to the outcome heading wholly in the viewport`,
    rows: [
      row(
        'ttf.typed.p50_ms',
        `check started (10th digit) to flag visible: p50 of ${fromCheck.count}`,
        fromCheck.p50Ms,
        'ms',
      ),
      row('ttf.typed.p95_ms', 'check started to flag visible: p95', fromCheck.p95Ms, 'ms', {
        atMost: TIME_TO_FLAG_P95_MS,
      }),
      row('ttf.keydown.p95_ms', "last digit's keydown to flag visible: p95", fromKey.p95Ms, 'ms'),
      row('ttf.typed.not_visible', 'typed: flags not in the viewport within 5 s', fromCheck.notVisible, 'count', {
        atMost: 0,
      }),
      row(
        'ttf.trace.p50_ms',
        `trace submitted (one exact match) to flag visible: p50 of ${fromTrace.count}`,
        fromTrace.p50Ms,
        'ms',
      ),
      row('ttf.trace.p95_ms', 'trace submitted to flag visible: p95', fromTrace.p95Ms, 'ms', {
        atMost: TRACE_TO_FLAG_P95_MS,
      }),
      row('ttf.trace.not_visible', 'traced: flags not in the viewport within 5 s', fromTrace.notVisible, 'count', {
        atMost: 0,
      }),
    ],
  };
}

/** A lazy chunk's id: the module it was split at (else its file name, less the content hash), and its type. */
const chunkKey = (file: string, source?: string) => {
  const name = (source ?? file.replace(/-[\w-]{8}(?=\.\w+$)/, '')).replace(/^.*\//, '').replace(/\.\w+$/, '');
  return `${name}_${file.split('.').at(-1)}`;
};

function weightSection({ weight }: BenchResults): Section {
  const initialJs = weight.initial.filter(({ file }) => file.endsWith('.js')).map(({ file }) => file);
  return {
    title: 'Weight of the built SPA (gzip level 9)',
    rows: [
      row('weight.initial_js_kb', `initial JS: ${initialJs.join(', ')}`, weight.initialJsKb, 'kb', {
        atMost: INITIAL_JS_KB,
      }),
      row('weight.initial_css_kb', 'initial CSS', weight.initialCssKb, 'kb', { atMost: INITIAL_CSS_KB }),
      ...weight.lazy.map(({ file, source, gzipKb }) =>
        row(
          `weight.lazy.${chunkKey(file, source)}.kb`,
          `lazy chunk ${file}${source ? ` (${source})` : ''}`,
          gzipKb,
          'kb',
        ),
      ),
    ],
  };
}

/** The one table: every figure, beside its target where the issue sets one. */
export const figures = (results: BenchResults): Section[] => [
  engineLimitSection(results),
  singleSection(results),
  openLoopSection(results),
  ingestSection(results),
  timeToFlagSection(results),
  weightSection(results),
];
