import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppDependencies } from '../app.ts';
import { testConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/index.ts';
import type { EngineContext } from './engines.ts';
import { testStaffDirectory } from './staff.ts';

/** Builds the app in-process on the suite's database and the test staff; tests call it with `app.inject`. */
export function useTestApp(
  ctx: EngineContext,
  overrides: Partial<Config> = {},
  extend?: (app: FastifyInstance) => void,
  deps: Omit<AppDependencies, 'db'> = {},
): { app: FastifyInstance } {
  const holder = {} as { app: FastifyInstance };
  beforeAll(async () => {
    holder.app = await buildApp(testConfig({ spaDir: 'does-not-exist', ...overrides }), {
      staffDirectory: testStaffDirectory,
      ...deps,
      db: ctx.db,
    });
    extend?.(holder.app);
    await holder.app.ready();
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return holder;
}

export interface OwnTestApp {
  app: FastifyInstance;
  /** The app's database: close it to take the store away mid-test. */
  db: Database;
  /** Closes the app, then its database if the test has not. */
  close(): Promise<void>;
}

export interface TestAppDependencies extends AppDependencies {
  /** Breaks the app's own store as the test needs (the app gets the result; `db` stays the real one). */
  breakStore?: (db: Database) => Database;
}

/**
 * An app of its own, for a test that needs other settings at start-up or breaks its store. Its
 * database: `deps.db` when given (the test owns it); else its own pool on `overrides.database` (a
 * replica on a shared PostgreSQL, as another process would have); else a fresh in-memory PGlite.
 */
export async function buildTestApp(
  overrides: Partial<Config> = {},
  { breakStore, ...deps }: TestAppDependencies = {},
): Promise<OwnTestApp> {
  const given = deps.db;
  const opened = given ?? (await openDatabase(overrides.database ?? { engine: 'pglite', dir: 'memory' }));
  let open = !given;
  const closeDb = async () => {
    if (!open) return;
    open = false;
    await opened.close();
  };
  const db: Database = { ...opened, close: closeDb };
  try {
    const app = await buildApp(testConfig({ spaDir: 'does-not-exist', ...overrides }), {
      staffDirectory: testStaffDirectory,
      ...deps,
      db: breakStore ? breakStore(given ?? db) : (given ?? db),
    });
    return {
      app,
      db,
      close: async () => {
        await app.close();
        await closeDb();
      },
    };
  } catch (error) {
    await closeDb();
    throw error;
  }
}
