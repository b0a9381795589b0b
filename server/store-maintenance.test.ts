import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from './clock.ts';
import { DEMO_ANCHOR_DATE } from './ingest/demo.ts';
import { buildTestApp, type OwnTestApp } from './testing/app.ts';
import { createPostgresDatabase, serverUrl } from './testing/engines.ts';

// Replicas share a store only on a PostgreSQL server; an embedded store has one process by design.
describe.skipIf(!serverUrl)('start-up of replicas starting together on one PostgreSQL', () => {
  let url: string;
  let drop: () => Promise<void>;
  const replicas: OwnTestApp[] = [];
  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase());
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
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
      const own = await buildTestApp(
        { demoData: true, logLevel: 'info', database: { engine: 'postgres', url } },
        { clock, logStream },
      );
      replicas.push(own);
      return own;
    };
    await Promise.all([replica(), replica(), replica()]);

    const { db } = replicas[0]!;
    const [uploads] = await db.query<{ count: number }>('SELECT count(*) AS count FROM extract_uploads');
    const [plans] = await db.query<{ count: number }>('SELECT count(*) AS count FROM plans');
    expect(uploads?.count).toBe(6);
    // 11 demo plans, less the one that ended 13 months ago: purged.
    expect(plans?.count).toBe(10);
    const said = (message: string) => log.filter((line) => line.includes(message)).length;
    expect(said('loaded the synthetic demo data')).toBe(1);
    expect(said('purged what is past retention')).toBe(1);
  });
});
