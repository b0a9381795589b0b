import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupResponseSchema } from '#contract';
import { fixedClock } from '../clock.ts';
import { buildTestApp, type OwnTestApp } from '../testing/app.ts';
import { createPostgresDatabase, serverUrl } from '../testing/engines.ts';
import { seedStore, validRow } from '../testing/extracts.ts';
import { signIn } from '../testing/session.ts';

const clock = fixedClock('2026-11-21T09:00:00Z');

// Two processes racing need a server both can reach: PGlite runs one query at a time by design.
describe.skipIf(!serverUrl)('simultaneous lookups of one child at one organisation, on two replicas', () => {
  let drop: () => Promise<void>;
  const replicas: OwnTestApp[] = [];
  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    for (let i = 0; i < 2; i += 1) {
      // Each replica with its own pool, as two processes would have.
      replicas.push(await buildTestApp({ database: { engine: 'postgres', url: created.url } }, { clock }));
    }
    await seedStore(replicas[0]!.db, clock, [
      validRow({ la_plan_ref: 'A' }),
      validRow({ la_code: 'LA2', la_plan_ref: 'B', plan_type: 'LAC', legal_status: 'S20' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    await drop?.();
  });

  it('are one visit and one notification per LA, and every lookup is audited', async () => {
    const staff = ['test-registration', 'test-clinician', 'test-safeguarding-lead', 'test-two-ed'];
    const sessions = await Promise.all(
      replicas.flatMap(({ app }) => staff.map(async (roleId) => ({ app, cookie: await signIn(app, roleId) }))),
    );
    // 16 at once: every session on both replicas, twice.
    const responses = await Promise.all(
      [...sessions, ...sessions].map(({ app, cookie }) =>
        app.inject({
          method: 'POST',
          url: '/api/cpis/lookups',
          headers: { cookie },
          payload: { nhsNumber: '9990000018' },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(responses.map(() => 200));
    const lookups = responses.map((response) => lookupResponseSchema.parse(response.json()));
    expect(new Set(lookups.map((lookup) => lookup.outcome))).toEqual(new Set(['plans-found']));

    const { db } = replicas[0]!;
    const visits = await db.query<{ id: string }>('SELECT id FROM visits WHERE nhs_number = $1', ['9990000018']);
    expect(visits).toHaveLength(1);
    const notifications = await db.query<{ la_code: string }>(
      'SELECT la_code FROM notifications WHERE visit_id = $1 ORDER BY la_code',
      [visits[0]!.id],
    );
    expect(notifications.map((row) => row.la_code)).toEqual(['LA1', 'LA2']);
    const audited = await db.query<{ lookup_id: string }>('SELECT lookup_id FROM access_audit');
    expect(new Set(audited.map((row) => row.lookup_id))).toEqual(new Set(lookups.map((lookup) => lookup.lookupId)));
  });
});
