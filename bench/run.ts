// npm run bench: every figure of issue 8 in one run, so all of them meet the same machine load.
// These report; they never fail a build. BENCH_QUICK=1 for a short run while working on the bench.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgliteEngine, postgresEngine } from './engines.ts';
import { figures, type BenchResults } from './figures.ts';
import { benchScale } from './national.ts';
import { options } from './options.ts';
import { describeMachine, formatTable, machine, writeResults } from './report.ts';
import { measureThroughput } from './throughput.ts';
import { measureTimeToFlag } from './time-to-flag.ts';
import { buildSpa, measureWeight } from './weight.ts';

const ranAt = new Date().toISOString();
// Stores, the built SPA and server logs: gigabytes at national size, so removed at the end.
const workDir = mkdtempSync(join(tmpdir(), 'cpis-bench-'));
console.log(`CP-IS Lookup bench${options.quick ? ' (quick)' : ''}: working in ${workDir}`);

async function run(): Promise<BenchResults> {
  console.log('Building the SPA');
  const spaDir = join(workDir, 'spa');
  buildSpa(spaDir);
  const weight = measureWeight(spaDir);

  console.log(`Time-to-flag: ${options.timeToFlagLookups} lookups in Chromium`);
  const timeToFlag = await measureTimeToFlag(spaDir, workDir, options.timeToFlagLookups);

  const engines = [pgliteEngine(workDir), ...(options.postgresUrl ? [postgresEngine(options.postgresUrl)] : [])];
  const scale: BenchResults['scale'] = [];
  const throughput: BenchResults['throughput'] = [];
  for (const engine of engines) {
    try {
      scale.push(
        await benchScale(engine, workDir, async (bff, flagged) => {
          console.log(`${engine.name}: lookup throughput and the bare route, in turn`);
          throughput.push({ engine: engine.name, ...(await measureThroughput(bff, flagged, workDir)) });
        }),
      );
    } finally {
      await engine.dispose();
    }
  }
  return { options, throughput, scale, timeToFlag, weight };
}

try {
  const results = await run();
  const table = figures(results);
  const host = machine();
  console.log(`\nCP-IS Lookup bench, ${ranAt}, on ${describeMachine(host)}\n`);
  console.log(formatTable(table));
  const written = writeResults({ ranAt, machine: host, ...results, table });
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
