import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, serverUrl } from '../testing/engines.ts';
import type { Database } from './database.ts';
import { openPostgres } from './postgres.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a failover or a restart does: every connection to the database ends at once. */
async function terminateConnections(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [new URL(url).pathname.slice(1)],
    );
  } finally {
    await admin.end();
  }
}

/** Serves again within a second: polls rather than sleeping a fixed time. */
async function servesWithin(db: Database, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await db.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

// An unheard 'error' event on a pg client ends the process: Vitest reports it as an unhandled error.
describe.skipIf(!serverUrl)('PostgreSQL connections ended by the server', () => {
  let url: string;
  let drop: () => Promise<void>;
  let db: Database;
  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase());
    db = await openPostgres(url);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('idle clients: the next query is served', async () => {
    await Promise.all([1, 2, 3].map(() => db.query('SELECT 1')));
    await terminateConnections(url);
    await sleep(100);
    await servesWithin(db, 1000);
  });

  it('a client inside a transaction, mid-query: that transaction fails, the next is served', async () => {
    const inFlight = Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        db
          .transaction((tx) => tx.query('SELECT pg_sleep(2)'))
          .then(
            () => 'done',
            () => 'failed',
          ),
      ),
    );
    await sleep(200);
    await terminateConnections(url);
    expect(await inFlight).toEqual(['failed', 'failed', 'failed', 'failed', 'failed']);
    await servesWithin(db, 1000);
    expect(await db.transaction((tx) => tx.query<{ one: number }>('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
  });

  it('a client between two queries of a transaction: the transaction fails, the next is served', async () => {
    const outcome = db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await terminateConnections(url);
      await sleep(200);
      await tx.query('SELECT 2');
    });
    await expect(outcome).rejects.toThrow();
    await servesWithin(db, 1000);
  });

  it('a query through the pool, mid-query: it fails, the next is served', async () => {
    const inFlight = Promise.all(
      [1, 2, 3].map(() =>
        db.query('SELECT pg_sleep(2)').then(
          () => 'done',
          () => 'failed',
        ),
      ),
    );
    await sleep(200);
    await terminateConnections(url);
    expect(await inFlight).toEqual(['failed', 'failed', 'failed']);
    await servesWithin(db, 1000);
  });
});
