import type { DatabaseConfig } from '../config.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export type { Database, Queryable } from './database.ts';
export { DatabaseUnavailableError } from './database.ts';
export { DatabaseLockedError } from './lock.ts';
export { checkReady } from './ready.ts';

/** Opens the configured engine and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.engine === 'postgres' ? await openPostgres(config.url) : await openPglite(config.dir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
