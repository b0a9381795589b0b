import type { InjectOptions } from 'fastify';
import { beforeEach, expect, it } from 'vitest';
import { endpoints, notificationsResponseSchema } from '#contract';
import { fixedClock } from '../clock.ts';
import { createLaToken, LaTokenError, listLaTokens, revokeLaToken } from '../la/tokens.ts';
import { useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, extractCsv, seedStore, validRow, verifiedRow } from '../testing/extracts.ts';
import { signIn } from '../testing/session.ts';
import { testLaRoleIds } from '../testing/staff.ts';

const clock = fixedClock('2026-11-21T10:00:00Z');
const elsewhere = { origin: 'https://attacker.example' };

describeEachEngine('LA API tokens', (ctx) => {
  const t = useTestApp(ctx, {}, undefined, { clock });
  const tokens = { LA1: '', LA2: '' };
  const withToken = (token: string, options: InjectOptions) =>
    t.app.inject({ ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });
  const listWith = async (token: string) => {
    const response = await withToken(token, { method: 'GET', url: '/api/la/notifications?status=all' });
    return { response, body: response.statusCode === 200 ? notificationsResponseSchema.parse(response.json()) : null };
  };

  beforeEach(async () => {
    clock.set('2026-11-21T10:00:00Z');
    await ctx.db.exec(
      `DELETE FROM la_notification_actions; DELETE FROM la_access_audit; DELETE FROM notifications;
       DELETE FROM visits; DELETE FROM access_audit;`,
    );
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'A' }),
      validRow({ la_plan_ref: 'B', la_code: 'LA2', nhs_number: '9990000026', family_name: 'Second' }),
    ]);
    for (const laCode of ['LA1', 'LA2'] as const) {
      tokens[laCode] = (await createLaToken(ctx.db, clock, { laCode, label: `${laCode} case system` })).token;
    }
    const cookie = await signIn(t.app, 'test-registration');
    for (const nhsNumber of ['9990000018', '9990000026']) {
      await t.app.inject({ method: 'POST', url: '/api/cpis/lookups', headers: { cookie }, payload: { nhsNumber } });
    }
  });

  it('keeps only the hash of a token, and records when it was last used', async () => {
    const stored = JSON.stringify(await ctx.db.query('SELECT * FROM la_api_tokens'));
    expect(stored).not.toContain(tokens.LA1.slice(7));
    expect((await listLaTokens(ctx.db)).map((token) => token.lastUsedAt)).toEqual([null, null]);
    clock.advance(60_000);
    await listWith(tokens.LA1);
    expect((await listLaTokens(ctx.db)).map((token) => [token.laCode, token.lastUsedAt])).toEqual([
      ['LA1', '2026-11-21T10:01:00.000Z'],
      ['LA2', null],
    ]);
  });

  it("reads and acts on its own LA's notifications only, in its label's name, from any origin", async () => {
    const { body: la1 } = await listWith(tokens.LA1);
    const { body: la2 } = await listWith(tokens.LA2);
    expect(la1!.notifications.map((n) => n.nhsNumber)).toEqual(['9990000018']);
    expect(la2!.notifications.map((n) => n.nhsNumber)).toEqual(['9990000026']);
    const theirs = la2!.notifications[0]!.id;
    const ours = la1!.notifications[0]!.id;

    expect((await withToken(tokens.LA1, { method: 'GET', url: `/api/la/notifications/${theirs}` })).statusCode).toBe(
      404,
    );
    expect((await withToken(tokens.LA1, { method: 'GET', url: `/api/la/notifications/${ours}` })).statusCode).toBe(200);
    const refused = await withToken(tokens.LA1, {
      method: 'POST',
      url: `/api/la/notifications/${theirs}/actions`,
      payload: { action: 'filed-on-case', caseReference: 'SYS-1' },
    });
    expect(refused.statusCode).toBe(404);

    // No cookie, so no same-origin rule: a system's request has no Origin of ours to show.
    const filed = await withToken(tokens.LA1, {
      method: 'POST',
      url: `/api/la/notifications/${ours}/actions`,
      headers: elsewhere,
      payload: { action: 'filed-on-case', caseReference: 'SYS-1' },
    });
    expect(filed.statusCode).toBe(200);
    expect(filed.json().actions).toEqual([
      { action: 'filed-on-case', caseReference: 'SYS-1', by: 'LA1 case system', at: '2026-11-21T10:00:00.000Z' },
    ]);
    const audited = await ctx.db.query('SELECT DISTINCT la_code, by_kind, by_name FROM la_access_audit ORDER BY 1');
    expect(audited).toEqual([
      { la_code: 'LA1', by_kind: 'token', by_name: 'LA1 case system' },
      { la_code: 'LA2', by_kind: 'token', by_name: 'LA2 case system' },
    ]);
  });

  it("sends and lists its own LA's uploads only: another LA's rows are WRONG_LA", async () => {
    const sent = await withToken(tokens.LA1, {
      method: 'POST',
      url: '/api/la/extracts',
      headers: { 'content-type': 'text/csv', ...elsewhere },
      payload: Buffer.from(
        extractCsv([verifiedRow({ la_plan_ref: 'T1' }), verifiedRow({ la_plan_ref: 'T2', la_code: 'LA2' })]),
      ),
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().rejections).toEqual([expect.objectContaining({ laPlanRef: 'T2', code: 'WRONG_LA' })]);
    const uploads = async (token: string) =>
      (await withToken(token, { method: 'GET', url: '/api/la/uploads' })).json().uploads as { by: object }[];
    expect((await uploads(tokens.LA1))[0]!.by).toEqual({ kind: 'token', name: 'LA1 case system' });
    expect((await uploads(tokens.LA2)).map((upload) => upload.by)).not.toContainEqual(
      expect.objectContaining({ kind: 'token', name: 'LA1 case system' }),
    );
  });

  it('still holds a cookie to the same-origin rule on /api/la', async () => {
    const cookie = await signIn(t.app, testLaRoleIds.LA1);
    const { body } = await listWith(tokens.LA1);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/la/notifications/${body!.notifications[0]!.id}/actions`,
      headers: { cookie, ...elsewhere },
      payload: { action: 'filed-on-case' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('stops working the moment it is revoked; an unknown token never works', async () => {
    const [first] = await listLaTokens(ctx.db);
    expect(await revokeLaToken(ctx.db, clock, first!.id)).toBe(true);
    expect(await revokeLaToken(ctx.db, clock, first!.id)).toBe(false);
    expect((await listWith(tokens.LA1)).response.statusCode).toBe(401);
    expect((await listWith(`${tokens.LA2}x`)).response.statusCode).toBe(401);
    expect((await listWith('not-a-token')).response.json().error.code).toBe('UNAUTHENTICATED');
    expect((await listWith(tokens.LA2)).response.statusCode).toBe(200);
  });

  it('is for people only on the contact numbers, and opens no health route', async () => {
    const put = await withToken(tokens.LA1, {
      method: 'PUT',
      url: '/api/la/directory',
      payload: { officeHoursPhone: '01632 960111', emergencyDutyPhone: '01632 960999' },
    });
    expect(put.statusCode).toBe(401);
    const health = Object.values(endpoints).filter((endpoint) => !endpoint.path.startsWith('/api/la'));
    for (const endpoint of [endpoints.getLaDirectory, ...health]) {
      if (['/api/health', '/api/ready', '/api/session'].includes(endpoint.path)) continue;
      const response = await withToken(tokens.LA1, { method: endpoint.method, url: endpoint.path });
      expect([endpoint.path, response.statusCode]).toEqual([endpoint.path, 401]);
    }
    const [entry] = await ctx.db.query('SELECT office_hours_phone FROM local_authorities WHERE la_code = $1', ['LA1']);
    expect(entry).toEqual({ office_hours_phone: '0121 496 0001' });
  });

  it('is made only for an LA in the directory, with a label', async () => {
    await expect(createLaToken(ctx.db, clock, { laCode: 'LA9', label: 'x' })).rejects.toThrow(LaTokenError);
    await expect(createLaToken(ctx.db, clock, { laCode: 'LA1', label: '  ' })).rejects.toThrow(LaTokenError);
  });
});
