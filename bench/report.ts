import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';

const started = performance.now();

/** A progress line, with the seconds since the bench started. */
export const say = (message: string) =>
  console.log(`[${Math.round((performance.now() - started) / 1000)} s] ${message}`);

export type Unit = 'ms' | 'per_s' | 'rows_per_s' | 'kb' | 'share' | 'times' | 'count';

export type Target = { atMost: number } | { atLeast: number };

export interface Row {
  /** Stable and machine-readable ('lookup.single.pglite.p99_ms'): the key to compare runs by. */
  id: string;
  figure: string;
  /** NaN where it was not measured: shown so, and never met. */
  value: number;
  unit: Unit;
  /** Only the figures the issue sets a target for. */
  target?: Target;
  met?: boolean;
}

export interface Section {
  title: string;
  rows: Row[];
}

/** A row, with `met` worked out from its target. */
export const row = (id: string, figure: string, value: number, unit: Unit, target?: Target): Row => ({
  id,
  figure,
  value,
  unit,
  ...(target
    ? { target, met: Number.isFinite(value) && ('atMost' in target ? value <= target.atMost : value >= target.atLeast) }
    : {}),
});

const count = (n: number) => Math.round(n).toLocaleString('en-GB');
const formats: Record<Unit, (n: number) => string> = {
  ms: (n) => `${n.toFixed(1)} ms`,
  per_s: (n) => `${count(n)} /s`,
  rows_per_s: (n) => `${count(n)} rows/s`,
  kb: (n) => `${n.toFixed(1)} KB`,
  share: (n) => `${(n * 100).toFixed(1)} %`,
  times: (n) => `${n.toFixed(2)}×`,
  count,
};
const format = (value: number, unit: Unit) => (Number.isNaN(value) ? 'not measured' : formats[unit](value));
const formatTarget = (target: Target, unit: Unit) =>
  'atMost' in target ? `<= ${format(target.atMost, unit)}` : `>= ${format(target.atLeast, unit)}`;

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
}

export const machine = (): Machine => ({
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${type()} ${release()}`,
  node: process.version,
});

export const describeMachine = (m: Machine) => `${m.cores} × ${m.cpu}, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}`;

/** One Markdown table, so the printout can go into the README as it is. */
export function formatTable(sections: readonly Section[]): string {
  const lines = ['| figure | value | target | met |', '| --- | --- | --- | --- |'];
  for (const section of sections) {
    lines.push(`| **${section.title}** | | | |`);
    for (const { figure, value, unit, target, met } of section.rows) {
      const shown = met === undefined ? '' : met ? 'yes' : '**no**';
      lines.push(`| ${figure} | ${format(value, unit)} | ${target ? formatTarget(target, unit) : ''} | ${shown} |`);
    }
  }
  return lines.join('\n');
}

/**
 * bench/results/latest.json, and a copy named by when it ran, so runs can be compared by the rows'
 * ids in `table` (a value not measured is null); the measurements they were taken from follow.
 */
export function writeResults(results: { ranAt: string } & Record<string, unknown>): string[] {
  const folder = new URL('results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamped = new URL(`${results.ranAt.replace(/[:.]/g, '-')}.json`, folder);
  const latest = new URL('latest.json', folder);
  writeFileSync(stamped, json);
  writeFileSync(latest, json);
  return [stamped.pathname, latest.pathname];
}
