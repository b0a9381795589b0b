import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../server/config.ts';

export interface EmptyStore {
  /** How the bench opens it to load it. */
  database: DatabaseConfig;
  /** How a BFF is pointed at it. */
  env: Record<string, string>;
}

export interface BenchEngine {
  name: 'PGlite' | 'PostgreSQL';
  /** One process at a time may open a store (PGlite's directory lock): the bench and a BFF take turns. */
  singleProcess: boolean;
  /** A new, empty store: never one a previous run left behind. */
  createStore(label: string): Promise<EmptyStore>;
  /** Removes every store this engine created. */
  dispose(): Promise<void>;
}

/** Embedded PGlite, each store in its own directory under the bench's temporary folder (removed with it). */
export const pgliteEngine = (workDir: string): BenchEngine => ({
  name: 'PGlite',
  singleProcess: true,
  async createStore(label) {
    const dir = join(workDir, `pglite-${label}`);
    return { database: { engine: 'pglite', dir }, env: { PGLITE_DIR: dir, DATABASE_URL: '' } };
  },
  async dispose() {},
});

/** A PostgreSQL server: one database per store, named after this process, dropped at the end. */
export function postgresEngine(serverUrl: string): BenchEngine {
  const created: string[] = [];
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'PostgreSQL',
    singleProcess: false,
    async createStore(label) {
      const name = `cpis_bench_${process.pid}_${label}`;
      await admin(`CREATE DATABASE ${name}`);
      created.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return { database: { engine: 'postgres', url: url.href }, env: { DATABASE_URL: url.href } };
    },
    async dispose() {
      for (const name of created.splice(0)) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
