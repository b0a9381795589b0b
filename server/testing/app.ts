import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppDependencies } from '../app.ts';
import { testConfig, type Config } from '../config.ts';
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
