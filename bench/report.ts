import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';

export interface Row {
  figure: string;
  value: string;
  /** Only the figures the issue sets a target for. */
  target?: string;
  met?: boolean;
}

export interface Section {
  title: string;
  rows: Row[];
}

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
    for (const row of section.rows) {
      const met = row.met === undefined ? '' : row.met ? 'yes' : '**no**';
      lines.push(`| ${row.figure} | ${row.value} | ${row.target ?? ''} | ${met} |`);
    }
  }
  return lines.join('\n');
}

/** bench/results/latest.json, and a copy named by when it ran, so runs can be compared. */
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
