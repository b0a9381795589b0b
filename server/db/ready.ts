import { DatabaseUnavailableError, type Queryable } from './database.ts';

/** Whether the store answers with its schema in place; throws DatabaseUnavailableError when not. */
export async function checkReady(db: Queryable): Promise<void> {
  try {
    await db.query('SELECT value FROM app_meta WHERE key = $1', ['schema']);
  } catch (error) {
    throw new DatabaseUnavailableError(error);
  }
}
