import { Writable } from 'node:stream';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema, lookupResponseSchema } from '#contract';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/index.ts';
import { buildTestApp, useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, seedStore, validRow } from '../testing/extracts.ts';
import { signIn } from '../testing/session.ts';

const clock = fixedClock('2026-11-21T14:30:00Z');

describeEachEngine('POST /api/cpis/lookups', (ctx) => {
  const t = useTestApp(ctx, {}, undefined, { clock });
  const cookies: Record<string, string> = {};
  const lookup = (roleId: string, nhsNumber: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/cpis/lookups',
      headers: { cookie: cookies[roleId] },
      payload: { nhsNumber },
    });

  beforeAll(async () => {
    for (const roleId of ['test-registration', 'test-clinician', 'test-safeguarding-lead']) {
      cookies[roleId] = await signIn(t.app, roleId);
    }
  });

  beforeEach(async () => {
    await ctx.db.exec('DELETE FROM notifications; DELETE FROM visits; DELETE FROM access_audit;');
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'A', plan_type: 'LAC', legal_status: 'S38', start_date: '2026-09-10' }),
    ]);
  });

  it('gives reception the indicator, the LA contact and the person, and no dates or visits', async () => {
    const response = await lookup('test-registration', '999 000 0018');
    expect(response.statusCode).toBe(200);
    const body = lookupResponseSchema.parse(response.json());
    expect(body).toMatchObject({ nhsNumber: '9990000018', outcome: 'plans-found' });
    expect(body.person).toEqual({ familyName: 'Testchild', givenName: 'Alpha', dateOfBirth: '2019-03-14' });
    expect(Object.keys(body.plans[0]!).sort()).toEqual(['dataAsOf', 'localAuthority', 'status', 'type']);
    expect(body).not.toHaveProperty('visits');
  });

  it.each(['test-clinician', 'test-safeguarding-lead'])(
    'gives %s the dates, legal status and visits, marking this attendance and who opened each',
    async (roleId) => {
      await lookup('test-registration', '9990000018');
      // An earlier attendance elsewhere, a month ago: in the history, not this attendance.
      await ctx.db.exec(`
        INSERT INTO access_audit VALUES ('00000000-0000-4000-8000-000000000001', '2026-10-21T10:00:00Z', '9990000018',
          'plans-found', 'Test', '555000000009', 'clinician', 'R8000', 'Nurse', 'RX902', 'Test Walk-in', 'walk-in-centre');
        INSERT INTO visits VALUES ('00000000-0000-4000-8000-000000000002', '9990000018', '2026-10-21T10:00:00Z', 'RX902',
          'Test Walk-in', 'walk-in-centre', 'clinician', '00000000-0000-4000-8000-000000000001');`);
      const body = lookupResponseSchema.parse((await lookup(roleId, '9990000018')).json());
      expect(body.plans[0]).toMatchObject({
        type: 'LAC',
        legalStatus: 'S38',
        startDate: '2026-09-10',
        endDate: null,
        expectedDeliveryDate: null,
        overdue: false,
      });
      expect(body.visits).toEqual([
        {
          at: '2026-11-21T14:30:00.000Z',
          organisation: { code: 'RX901', name: 'Test Hospital ED' },
          settingType: 'emergency-department',
          viewerRole: 'registration',
          thisAttendance: true,
        },
        {
          at: '2026-10-21T10:00:00.000Z',
          organisation: { code: 'RX902', name: 'Test Walk-in' },
          settingType: 'walk-in-centre',
          viewerRole: 'clinician',
          thisAttendance: false,
        },
      ]);
    },
  );

  it('answers no-plans only for a number the store was read for, and audits it', async () => {
    const response = await lookup('test-registration', '9990000115');
    expect(lookupResponseSchema.parse(response.json())).toMatchObject({ outcome: 'no-plans', plans: [] });
    expect(response.json()).not.toHaveProperty('person');
    const audit = await ctx.db.query('SELECT outcome, role FROM access_audit');
    expect(audit).toEqual([{ outcome: 'no-plans', role: 'registration' }]);
  });

  it('makes one visit and one notification per attendance, however many staff look', async () => {
    await lookup('test-registration', '9990000018');
    await lookup('test-clinician', '9990000018');
    expect(await ctx.db.query('SELECT first_checked_by_role FROM visits')).toEqual([
      { first_checked_by_role: 'registration' },
    ]);
    expect(await ctx.db.query('SELECT la_code, viewer_role FROM notifications')).toEqual([
      { la_code: 'LA1', viewer_role: 'registration' },
    ]);
    expect(await ctx.db.query('SELECT 1 FROM access_audit')).toHaveLength(2);
  });

  it.each([
    ['999 000 0019', 'Enter a valid NHS number: check you have typed it correctly'],
    ['12345', 'NHS number must be 10 digits'],
    ['', 'Enter an NHS number'],
    ['99900O0018', 'NHS number must only include numbers and spaces'],
  ])('refuses %j with 400 INVALID_NHS_NUMBER and a message a person can act on', async (nhsNumber, message) => {
    const response = await lookup('test-registration', nhsNumber);
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error).toEqual({ code: 'INVALID_NHS_NUMBER', message });
    expect(await ctx.db.query('SELECT 1 FROM access_audit')).toEqual([]);
  });

  it('refuses a body that is not the contract with 400, and no session with 401', async () => {
    expect((await lookup('test-registration', 9990000018)).statusCode).toBe(400);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/cpis/lookups',
      payload: { nhsNumber: '9990000018' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('when the store cannot be read', () => {
  const logLines: string[] = [];

  it('answers 503 CPIS_UNAVAILABLE, never no-plans, and logs no NHS number', async () => {
    // Sessions still work; the lookup's own statement fails, with the NHS number in the error.
    const unreadable = (db: Database): Database => ({
      ...db,
      query: (sql, params) =>
        sql.includes('cpis_lookup(')
          ? Promise.reject(new Error('relation "plans" is unreadable for 9990000018'))
          : db.query(sql, params),
    });
    // The BFF's own log, to prove the NHS number never reaches it.
    const logStream = new Writable({
      write: (chunk, _, done) => {
        logLines.push(String(chunk));
        done();
      },
    });
    const { app, close } = await buildTestApp({ logLevel: 'info' }, { breakStore: unreadable, clock, logStream });
    const cookie = await signIn(app, 'test-registration');
    const response = await app.inject({
      method: 'POST',
      url: '/api/cpis/lookups',
      headers: { cookie },
      payload: { nhsNumber: '9990000018' },
    });
    expect(response.statusCode).toBe(503);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('CPIS_UNAVAILABLE');
    expect(response.body).not.toContain('9990000018');
    expect(logLines.join('')).toContain('CP-IS lookup failed');
    expect(logLines.join('')).not.toContain('9990000018');
    await close();
  });
});

describeEachEngine('the lookup rate limit', (ctx) => {
  it('counts per staff member across sessions, replicas and restarts, then answers 429 RATE_LIMITED', async () => {
    const replica = async () => (await buildTestApp({ lookupRateLimitPerMinute: 3 }, { db: ctx.db, clock })).app;
    const [first, second] = await Promise.all([replica(), replica()]);
    const check = (app: typeof first, cookie: string) =>
      app.inject({
        method: 'POST',
        url: '/api/cpis/lookups',
        headers: { cookie },
        payload: { nhsNumber: '9990000115' },
      });

    // One person, a session on each replica, then signing in again: still one count.
    const statuses = [
      (await check(first, await signIn(first, 'test-registration'))).statusCode,
      (await check(second, await signIn(second, 'test-registration'))).statusCode,
      (await check(first, await signIn(first, 'test-registration'))).statusCode,
    ];
    const refused = await check(second, await signIn(second, 'test-registration'));
    expect([...statuses, refused.statusCode]).toEqual([200, 200, 200, 429]);
    expect(errorBodySchema.parse(refused.json()).error).toEqual({
      code: 'RATE_LIMITED',
      message: 'You have made more than 3 CP-IS checks in a minute. Wait a minute, then check again.',
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A refused check looks nothing up, so it audits nothing.
    expect((await ctx.db.query<{ n: number }>('SELECT count(*) AS n FROM access_audit'))[0]!.n).toBe(3);
    expect((await check(second, await signIn(second, 'test-clinician'))).statusCode).toBe(200);
    await Promise.all([first.close(), second.close()]);

    // A restart forgets nothing.
    const restarted = await replica();
    expect((await check(restarted, await signIn(restarted, 'test-registration'))).statusCode).toBe(429);
    await restarted.close();
  });
});
