import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/index.ts';

export const serverUrl = process.env.DATABASE_URL;

/** A fresh, empty database on the PostgreSQL server, dropped after the file's tests. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cpis_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface EngineContext {
  /** The open, migrated database for this file's tests (set in beforeAll). */
  db: Database;
  config: DatabaseConfig;
}

/**
 * Runs a suite once per engine: embedded PGlite always, and the PostgreSQL server when
 * DATABASE_URL is set (CI sets it). Without it the PostgreSQL suite is reported as skipped.
 */
export function describeEachEngine(title: string, suite: (ctx: EngineContext) => void): void {
  const engines = [
    { label: 'PGlite', enabled: true },
    { label: serverUrl ? 'PostgreSQL' : 'PostgreSQL (skipped: DATABASE_URL is not set)', enabled: !!serverUrl },
  ] as const;
  for (const engine of engines) {
    describe.skipIf(!engine.enabled)(`${title} [${engine.label}]`, () => {
      const ctx = {} as EngineContext;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (engine.label === 'PGlite') {
          ctx.config = { engine: 'pglite', dir: 'memory' };
        } else {
          const created = await createPostgresDatabase();
          drop = created.drop;
          ctx.config = { engine: 'postgres', url: created.url };
        }
        ctx.db = await openDatabase(ctx.config);
      });
      afterAll(async () => {
        await ctx.db?.close();
        await drop?.();
      });
      suite(ctx);
    });
  }
}
