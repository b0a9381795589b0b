import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';
import { typeParsers } from './database.ts';
import { lockDirectory } from './lock.ts';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** Embedded PostgreSQL (WebAssembly). One process may open a directory at a time. */
export async function openPglite(dir: string | 'memory'): Promise<Database> {
  let release = () => {};
  if (dir !== 'memory') {
    mkdirSync(dir, { recursive: true });
    release = lockDirectory(dir);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dir === 'memory' ? undefined : dir, { parsers: typeParsers });
  } catch (error) {
    release();
    throw error;
  }
  const base = wrap(pg);
  return {
    engine: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // One process owns an embedded store (the lock file): there is no one else to exclude.
    exclusive: (_key, fn) => fn(),
    close: async () => {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
