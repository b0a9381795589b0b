import pg from 'pg';
import type { Database, Queryable } from './database.ts';
import { typeParsers } from './database.ts';

const types = {
  getTypeParser: (oid: number, format?: string) => typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text'),
};

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query({ text: sql, values: [...params], types });
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await target.query({ text: sql, types });
    },
  };
}

/** A PostgreSQL server: what lets several stateless BFF replicas share one store. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // A connection ended by the server (failover, restart, pg_terminate_backend) emits 'error' on its
  // client. The pool listens only while the client is idle; checked out (inside a transaction, or
  // between two of its queries) nobody does, and an unheard 'error' event ends the process. So every
  // client always has a listener: the failure reaches the caller as the rejected query instead.
  pool.on('connect', (client) => client.on('error', () => {}));
  pool.on('error', () => {});
  const base = wrap(pool);
  return {
    engine: 'postgres',
    ...base,
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A client whose ROLLBACK fails is not fit to reuse: released with the error, the pool drops it.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async exclusive(key, fn) {
      // A session lock on a connection of its own: fn's queries run on others, so they are not blocked.
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]).catch((error: Error) => (broken = error));
        }
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
