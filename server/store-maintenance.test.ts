import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { fixedClock } from './clock.ts';
import { testConfig } from './config.ts';
import { openDatabase, type Database } from './db/index.ts';
import { DEMO_ANCHOR_DATE } from './ingest/demo.ts';
import { createPostgresDatabase, serverUrl } from './testing/engines.ts';

// Replicas share a store only on a PostgreSQL server; an embedded store has one process by design.
describe.skipIf(!serverUrl)('start-up of replicas starting together on one PostgreSQL', () => {
  let url: string;
  let drop: () => Promise<void>;
  const pools: Database[] = [];
  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase());
  });
  afterAll(async () => {
    await Promise.all(pools.map((db) => db.close()));
    await drop?.();
  });

  it('loads the demo data once and runs the purge once', async () => {
    const log: string[] = [];
    const logStream = new Writable({
      write: (chunk, _, done) => {
        log.push(String(chunk));
        done();
      },
    });
    const clock = fixedClock(`${DEMO_ANCHOR_DATE}T12:00:00Z`);
    // Each replica with its own pool of connections, as two processes would have.
    const replica = async () => {
      const db = await openDatabase({ engine: 'postgres', url });
      pools.push(db);
      return buildApp(testConfig({ demoData: true, spaDir: 'none', logLevel: 'info' }), { db, clock, logStream });
    };
    const apps = await Promise.all([replica(), replica(), replica()]);

    const [uploads] = await pools[0]!.query<{ count: number }>('SELECT count(*) AS count FROM extract_uploads');
    const [plans] = await pools[0]!.query<{ count: number }>('SELECT count(*) AS count FROM plans');
    expect(uploads?.count).toBe(6);
    // 11 demo plans, less the one that ended 13 months ago: purged.
    expect(plans?.count).toBe(10);
    const said = (message: string) => log.filter((line) => line.includes(message)).length;
    expect(said('loaded the synthetic demo data')).toBe(1);
    expect(said('purged what is past retention')).toBe(1);
    await Promise.all(apps.map((app) => app.close()));
  });
});
