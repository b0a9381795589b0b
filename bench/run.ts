// npm run bench: every figure of issue 16 in one run, so all of them meet the same machine load.
// These report; they never fail a build. BENCH_QUICK=1 for a short run while working on the bench.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgliteEngine, postgresEngine } from './engines.ts';
import { figures, type BenchResults } from './figures.ts';
import { measureIngest } from './ingest.ts';
import { benchEngine } from './national.ts';
import { options } from './options.ts';
import { describeMachine, formatTable, machine, say, writeResults } from './report.ts';
import { measureTimeToFlag } from './time-to-flag.ts';
import { buildSpa, measureWeight } from './weight.ts';

const ranAt = new Date().toISOString();
// Stores, the built SPA and server logs: gigabytes at national size, so removed at the end.
const workDir = mkdtempSync(join(tmpdir(), 'cpis-bench-'));
say(`CP-IS Lookup bench${options.quick ? ' (quick)' : ''}: working in ${workDir}`);

async function run(): Promise<BenchResults> {
  say('Building the SPA');
  const spaDir = join(workDir, 'spa');
  buildSpa(spaDir);
  const weight = measureWeight(spaDir);

  say(`Time-to-flag: ${options.timeToFlagLookups} typed numbers and ${options.traceToFlagTraces} traces in Chromium`);
  const timeToFlag = await measureTimeToFlag(spaDir, workDir, {
    lookups: options.timeToFlagLookups,
    traces: options.traceToFlagTraces,
  });

  const engines = [pgliteEngine(workDir), ...(options.postgresUrl ? [postgresEngine(options.postgresUrl)] : [])];
  const measured: BenchResults['engines'] = [];
  const ingest: BenchResults['ingest'] = [];
  for (const engine of engines) {
    try {
      say(`${engine.name}: ingest of ${options.nationalStore.people} plans`);
      ingest.push(await measureIngest(engine, workDir, options.nationalStore.people));
      measured.push(await benchEngine(engine, workDir));
    } finally {
      await engine.dispose();
    }
  }
  return { options, engines: measured, ingest, timeToFlag, weight };
}

try {
  const results = await run();
  const table = figures(results);
  const host = machine();
  const minutes = performance.now() / 60_000;
  console.log(`\nCP-IS Lookup bench, ${ranAt}, on ${describeMachine(host)}, ${minutes.toFixed(1)} minutes\n`);
  console.log(formatTable(table));
  const written = writeResults({ ranAt, minutes, machine: host, table, ...results });
  console.log(`\nWritten to ${written.join(' and ')}`);
  rmSync(workDir, { recursive: true, force: true });
} catch (error) {
  // The stores and extracts go; the server logs stay, to see why.
  for (const name of readdirSync(workDir).filter((name) => !name.endsWith('.log'))) {
    rmSync(join(workDir, name), { recursive: true, force: true });
  }
  console.error(`The bench failed; server logs are in ${workDir}.`, error);
  process.exitCode = 1;
}
