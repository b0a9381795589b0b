import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorBodySchema, roleRequiredBodySchema, sessionResponseSchema } from '#contract';
import { fixedClock } from '../clock.ts';
import { clearCardLock } from '../auth/card-reader.ts';
import { buildTestApp, useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { signIn } from '../testing/session.ts';

const receptionist = { cardId: '555000000901', passcode: '2468' };
const clinician = { cardId: '555000000902', passcode: '2468' };
const twoRoles = { cardId: '555000000904', passcode: '2468' };
const minutes = (n: number) => n * 60_000;

describeEachEngine('sign-in and sessions', (ctx) => {
  const clock = fixedClock('2025-03-03T09:00:00Z');
  // Any route that needs a session stands for the routes to come: each request to it is activity.
  const withActivityRoute = (app: FastifyInstance) =>
    app.get('/api/test/activity', { config: { permission: 'authenticated' } }, async () => ({ active: true }));
  const t = useTestApp(ctx, { sessionIdleMinutes: 15 }, withActivityRoute, { clock });
  const post = (payload: object, headers: Record<string, string> = {}, app = t.app) =>
    app.inject({ method: 'POST', url: '/api/session', payload, headers });
  const current = (cookie?: string) =>
    t.app.inject({ method: 'GET', url: '/api/session', headers: cookie ? { cookie } : {} });

  describe('POST /api/session', () => {
    it('starts a session in an HttpOnly, SameSite=Strict cookie and answers who is signed in', async () => {
      const response = await post(receptionist);
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((candidate) => candidate.name === 'cpis_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(cookie?.secure).toBeUndefined();
      expect(cookie?.maxAge).toBeUndefined();
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(sessionResponseSchema.parse(response.json())).toEqual({
        user: { name: 'Test Receptionist' },
        role: {
          roleId: 'test-registration',
          role: 'registration',
          jobRoleName: 'Receptionist',
          organisation: { code: 'RX901', name: 'Test Hospital ED' },
          settingType: 'emergency-department',
        },
        permissions: ['cpis:lookup', 'pds:trace'],
        expiresAt: '2025-03-03T09:15:00.000Z',
      });
      expect(response.body).not.toContain('555000000901');
    });

    it('stores only a hash of the token', async () => {
      const response = await post(clinician);
      const token = response.cookies.find((candidate) => candidate.name === 'cpis_session')!.value;
      const rows = await ctx.db.query<{ id_hash: string }>('SELECT id_hash FROM sessions');
      expect(rows.map((row) => row.id_hash)).toContain(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('asks for a role, listing the card’s roles, when the card has several', async () => {
      const response = await post(twoRoles);
      expect(response.statusCode).toBe(400);
      const body = roleRequiredBodySchema.parse(response.json());
      expect(body.roles).toEqual([
        {
          roleId: 'test-two-ed',
          jobRoleName: 'Clinical Practitioner',
          organisation: { code: 'RX901', name: 'Test Hospital ED' },
        },
        {
          roleId: 'test-two-wic',
          jobRoleName: 'Receptionist',
          organisation: { code: 'RX902', name: 'Test Walk-in Centre' },
        },
      ]);
      expect(response.cookies).toEqual([]);
    });

    it('signs in under the role chosen, with that role’s permissions', async () => {
      const response = await post({ ...twoRoles, roleId: 'test-two-wic' });
      expect(response.statusCode).toBe(200);
      const session = sessionResponseSchema.parse(response.json());
      expect(session.role).toMatchObject({ roleId: 'test-two-wic', settingType: 'walk-in-centre' });
      expect(session.permissions).toEqual(['cpis:lookup', 'pds:trace']);
    });

    it('refuses a malformed request without echoing it', async () => {
      const response = await post({ cardId: 'not-a-card', passcode: 'secret-passcode' });
      expect(response.statusCode).toBe(400);
      expect(errorCode(response)).toBe('INVALID_REQUEST');
      expect(response.body).not.toContain('secret-passcode');
      expect(response.body).not.toContain('not-a-card');
    });

    it('ends the session this browser had when it signs in again', async () => {
      const first = await signIn(t.app, 'test-clinician');
      const again = await post(clinician, { cookie: first });
      expect(again.statusCode).toBe(200);
      expect((await current(first)).statusCode).toBe(401);
    });
  });

  describe('GET /api/session', () => {
    it('answers 401 UNAUTHENTICATED without a session, or with one that does not exist', async () => {
      expect(errorCode(await current())).toBe('UNAUTHENTICATED');
      const forged = await current('cpis_session=forged-token');
      expect(forged.statusCode).toBe(401);
      expect(forged.cookies).toContainEqual(expect.objectContaining({ name: 'cpis_session', value: '' }));
    });

    it('answers the session of the cookie', async () => {
      const cookie = await signIn(t.app, 'test-safeguarding-lead');
      const response = await current(cookie);
      expect(response.statusCode).toBe(200);
      expect(sessionResponseSchema.parse(response.json())).toMatchObject({
        user: { name: 'Test Safeguarding Lead' },
        role: { role: 'safeguarding-lead' },
      });
    });
  });

  describe('expiry', () => {
    it('ends a session after the idle minutes without a request', async () => {
      clock.set('2025-03-03T10:00:00Z');
      const cookie = await signIn(t.app, 'test-clinician');
      clock.advance(minutes(15) - 1);
      expect((await current(cookie)).statusCode).toBe(200);
      clock.advance(1);
      const response = await current(cookie);
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      // Once ended it stays ended, however soon the next request comes.
      clock.advance(-minutes(5));
      expect((await current(cookie)).statusCode).toBe(401);
    });

    it('counts any other authenticated request as activity, but not the "am I signed in?" check', async () => {
      clock.set('2025-03-03T11:00:00Z');
      const cookie = await signIn(t.app, 'test-clinician');
      clock.advance(minutes(10));
      expect((await t.app.inject({ method: 'GET', url: '/api/test/activity', headers: { cookie } })).statusCode).toBe(
        200,
      );
      clock.advance(minutes(10));
      const checked = await current(cookie);
      expect(sessionResponseSchema.parse(checked.json()).expiresAt).toBe('2025-03-03T11:25:00.000Z');
      clock.advance(minutes(5));
      expect((await current(cookie)).statusCode).toBe(401);
    });

    it('moves the idle limit on at most once a minute, so most requests only read', async () => {
      clock.set('2025-03-03T12:00:00Z');
      const cookie = await signIn(t.app, 'test-clinician');
      const activity = () => t.app.inject({ method: 'GET', url: '/api/test/activity', headers: { cookie } });
      const expiresAt = async () => sessionResponseSchema.parse((await current(cookie)).json()).expiresAt;
      clock.advance(59_000);
      await activity();
      expect(await expiresAt()).toBe('2025-03-03T12:15:00.000Z');
      clock.advance(1_000);
      await activity();
      expect(await expiresAt()).toBe('2025-03-03T12:16:00.000Z');
    });

    it('ends a session 12 hours after sign-in however active it is', async () => {
      clock.set('2025-03-04T08:00:00Z');
      const cookie = await signIn(t.app, 'test-registration');
      const activity = () => t.app.inject({ method: 'GET', url: '/api/test/activity', headers: { cookie } });
      for (let hour = 0; hour < 12 * 6 - 1; hour += 1) {
        clock.advance(minutes(10));
        expect((await activity()).statusCode).toBe(200);
      }
      // 11:50 after sign-in: the idle limit would be 12:05, so the 12-hour end comes first.
      expect(sessionResponseSchema.parse((await current(cookie)).json()).expiresAt).toBe('2025-03-04T20:00:00.000Z');
      clock.advance(minutes(10));
      expect((await activity()).statusCode).toBe(401);
    });
  });

  describe('DELETE /api/session', () => {
    it('ends the session and clears the cookie', async () => {
      const cookie = await signIn(t.app, 'test-registration');
      const response = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'signed-out' });
      expect(response.cookies).toContainEqual(expect.objectContaining({ name: 'cpis_session', value: '' }));
      expect((await current(cookie)).statusCode).toBe(401);
    });

    it('ends the session on another replica within a minute, the time a replica trusts a session it has read', async () => {
      clock.set('2025-03-05T09:00:00Z');
      const other = await buildTestApp({ sessionIdleMinutes: 15 }, { db: ctx.db, clock });
      const cookie = await signIn(t.app, 'test-registration');
      const onOther = () => other.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
      expect((await onOther()).statusCode).toBe(200);
      await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
      expect((await current(cookie)).statusCode).toBe(401);
      clock.advance(59_999);
      expect((await onOther()).statusCode).toBe(200);
      clock.advance(1);
      expect((await onOther()).statusCode).toBe(401);
      await other.close();
    });

    it('succeeds without a session, so removing the card always works', async () => {
      const response = await t.app.inject({ method: 'DELETE', url: '/api/session' });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('requests from another site', () => {
    it('refuses a state-changing request whose Origin is not the app’s own', async () => {
      const response = await post(receptionist, { origin: 'https://attacker.example' });
      expect(response.statusCode).toBe(403);
      expect(errorBodySchema.parse(response.json()).error).toEqual({
        code: 'FORBIDDEN',
        message: 'Requests from another site are refused.',
      });
      expect(response.cookies).toEqual([]);
      const cookie = await signIn(t.app, 'test-registration');
      const signOut = await t.app.inject({
        method: 'DELETE',
        url: '/api/session',
        headers: { cookie, origin: 'null' },
      });
      expect(signOut.statusCode).toBe(403);
      expect((await current(cookie)).statusCode).toBe(200);
    });

    it('accepts the configured origin and the origin of the host the request was sent to', async () => {
      expect((await post(receptionist, { origin: 'http://127.0.0.1:3000' })).statusCode).toBe(200);
      expect((await post(receptionist, { origin: 'http://cpis.test:8080', host: 'cpis.test:8080' })).statusCode).toBe(
        200,
      );
      expect((await post(receptionist, { origin: 'https://cpis.test:8080', host: 'cpis.test:8080' })).statusCode).toBe(
        403,
      );
    });

    it('without Origin, goes by Sec-Fetch-Site', async () => {
      expect((await post(receptionist, { 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
      expect((await post(receptionist, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
      expect((await post(receptionist, { 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
    });

    it('lets reads through from anywhere (they change nothing)', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { origin: 'https://attacker.example' },
      });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('lock-out', () => {
    // Two apps on one store: two replicas, or one process before and after a restart.
    const locking = useTestApp(ctx);
    const restarted = useTestApp(ctx);

    it('refuses a wrong passcode with 401, then locks the card on the third with 423', async () => {
      const wrong = { cardId: receptionist.cardId, passcode: '1111' };
      expect(errorCode(await post(wrong, {}, locking.app))).toBe('INVALID_CREDENTIALS');
      const second = await post(wrong, {}, locking.app);
      expect(second.statusCode).toBe(401);
      expect(second.body).not.toContain('1111');
      const third = await post(wrong, {}, locking.app);
      expect(third.statusCode).toBe(423);
      expect(errorCode(third)).toBe('CARD_LOCKED');
      const rightPasscode = await post(receptionist, {}, locking.app);
      expect(rightPasscode.statusCode).toBe(423);
      expect(rightPasscode.cookies).toEqual([]);
      // Only that card.
      expect((await post(clinician, {}, locking.app)).statusCode).toBe(200);
    });

    it('holds on every replica and across a restart, until an administrator clears it', async () => {
      expect((await post(receptionist, {}, locking.app)).statusCode).toBe(423);
      expect((await post(receptionist, {}, restarted.app)).statusCode).toBe(423);
      await clearCardLock(ctx.db, receptionist.cardId, new Date());
      expect((await post(receptionist, {}, restarted.app)).statusCode).toBe(200);
    });
  });

  describe('sign-in throttling per client address', () => {
    const throttled = useTestApp(ctx, { signInFailuresPerAddress: 3, trustProxy: true });
    const from = (address: string) => ({ 'x-forwarded-for': address });

    const defaults = useTestApp(ctx, { trustProxy: true });

    it('answers 100 unknown-card attempts from one address all with 401, none with 429', async () => {
      const statuses = new Set<number>();
      for (let i = 0; i < 100; i += 1) {
        const cardId = `555001${String(i).padStart(6, '0')}`;
        statuses.add((await post({ cardId, passcode: '1234' }, from('192.0.2.60'), defaults.app)).statusCode);
      }
      expect([...statuses]).toEqual([401]);
    });

    it('answers 429 RATE_LIMITED with Retry-After once an address has failed too often', async () => {
      for (let i = 0; i < 3; i += 1) {
        expect(
          (await post({ cardId: '555000000999', passcode: '1' }, from('192.0.2.50'), throttled.app)).statusCode,
        ).toBe(401);
      }
      const refused = await post(clinician, from('192.0.2.50'), throttled.app);
      expect(refused.statusCode).toBe(429);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await post(clinician, from('192.0.2.51'), throttled.app)).statusCode).toBe(200);
    });
  });

  describe('behind a TLS-terminating proxy', () => {
    const proxied = useTestApp(ctx, { trustProxy: true });

    it('marks the cookie Secure', async () => {
      const response = await post(receptionist, { 'x-forwarded-proto': 'https' }, proxied.app);
      expect(response.cookies.find((candidate) => candidate.name === 'cpis_session')?.secure).toBe(true);
    });
  });
});

function errorCode(response: { json(): unknown }) {
  return errorBodySchema.parse(response.json()).error.code;
}

describe('removing the card while the store is down', () => {
  it('still clears the cookie and answers signed-out', async () => {
    const { app, db, close } = await buildTestApp();
    const cookie = await signIn(app, 'test-registration');
    await db.close();
    const response = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.cookies).toContainEqual(expect.objectContaining({ name: 'cpis_session', value: '' }));
    await close();
  });
});
