import type { InjectOptions } from 'fastify';
import { beforeEach, expect, it } from 'vitest';
import {
  laDirectoryEntrySchema,
  laNotificationSchema,
  lookupResponseSchema,
  notificationDetailResponseSchema,
  notificationsResponseSchema,
} from '#contract';
import { fixedClock } from '../clock.ts';
import { useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, seedStore, validRow } from '../testing/extracts.ts';
import { signIn } from '../testing/session.ts';
import { testLaRoleIds } from '../testing/staff.ts';

const clock = fixedClock('2026-11-21T10:00:00Z');
const HOUR = 3_600_000;

describeEachEngine('the LA inbox and contact numbers', (ctx) => {
  const t = useTestApp(ctx, {}, undefined, { clock });
  const call = async (roleId: string, options: InjectOptions) =>
    t.app.inject({ ...options, headers: { cookie: await signIn(t.app, roleId), ...options.headers } });
  const check = (nhsNumber: string, roleId = 'test-registration') =>
    call(roleId, { method: 'POST', url: '/api/cpis/lookups', payload: { nhsNumber } });
  const list = async (la: 'LA1' | 'LA2', query = '') => {
    const response = await call(testLaRoleIds[la], { method: 'GET', url: `/api/la/notifications${query}` });
    expect(response.statusCode).toBe(200);
    return notificationsResponseSchema.parse(response.json());
  };
  const act = (la: 'LA1' | 'LA2', id: string, payload: object) =>
    call(testLaRoleIds[la], { method: 'POST', url: `/api/la/notifications/${id}/actions`, payload });

  beforeEach(async () => {
    clock.set('2026-11-21T10:00:00Z');
    await ctx.db.exec(
      `DELETE FROM la_notification_actions; DELETE FROM la_access_audit; DELETE FROM attendance_reviews;
       DELETE FROM notifications; DELETE FROM visits; DELETE FROM access_audit;`,
    );
    await clearStore(ctx.db);
    // One child held by both LAs (a CPP at LA1, looked after by LA2); another by LA1 alone.
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'A' }),
      validRow({ la_plan_ref: 'B', la_code: 'LA2', plan_type: 'LAC', legal_status: 'S31' }),
      validRow({ la_plan_ref: 'C', nhs_number: '9990000026', family_name: 'Second' }),
    ]);
  });

  it("lists the LA's own notifications, newest first: when, where, the child, its plan types here, who looked", async () => {
    await check('9990000018');
    clock.advance(HOUR);
    await check('9990000026', 'test-clinician');

    const la1 = await list('LA1');
    expect(la1).toMatchObject({ total: 2, new: 2, page: 1 });
    expect(la1.notifications.map((n) => n.nhsNumber)).toEqual(['9990000026', '9990000018']);
    expect(la1.notifications[1]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      at: '2026-11-21T10:00:00.000Z',
      nhsNumber: '9990000018',
      person: { familyName: 'Testchild', givenName: 'Alpha', dateOfBirth: '2019-03-14' },
      planTypes: ['CPP'],
      organisation: { code: 'RX901', name: 'Test Hospital ED' },
      settingType: 'emergency-department',
      viewerRole: 'registration',
      viewerJobRoleName: 'Receptionist',
      status: 'new',
      actions: [],
    });

    const la2 = await list('LA2');
    expect(la2.notifications.map((n) => [n.nhsNumber, n.planTypes])).toEqual([['9990000018', ['LAC']]]);
  });

  it('audits each person a page lists, in the name of whoever listed it', async () => {
    await check('9990000018');
    await check('9990000026');
    await list('LA1');
    const audited = await ctx.db.query<{ nhs_number: string; outcome: string; by_name: string; la_code: string }>(
      'SELECT nhs_number, outcome, by_name, la_code FROM la_access_audit ORDER BY nhs_number',
    );
    expect(audited).toEqual([
      { nhs_number: '9990000018', outcome: 'listed-notification', by_name: 'Test Contact Centre LA1', la_code: 'LA1' },
      { nhs_number: '9990000026', outcome: 'listed-notification', by_name: 'Test Contact Centre LA1', la_code: 'LA1' },
    ]);
  });

  it("opens one with this LA's plans for the child and the child's previous visits everywhere, audited", async () => {
    await check('9990000018', 'test-two-wic');
    clock.advance(HOUR);
    await check('9990000018');
    const [latest] = (await list('LA1')).notifications;
    const response = await call(testLaRoleIds.LA1, { method: 'GET', url: `/api/la/notifications/${latest!.id}` });
    expect(response.statusCode).toBe(200);
    const detail = notificationDetailResponseSchema.parse(response.json());
    expect(detail.plans).toHaveLength(1);
    expect(detail.plans[0]).toMatchObject({ type: 'CPP', startDate: '2026-06-02', localAuthority: { code: 'LA1' } });
    expect(detail.visits.map((visit) => visit.organisation.code)).toEqual(['RX901', 'RX902']);
    const opened = await ctx.db.query<{ count: number }>(
      "SELECT count(*) AS count FROM la_access_audit WHERE outcome = 'opened-notification'",
    );
    expect(opened).toEqual([{ count: 1 }]);
  });

  it('files a notification on a case, out of "new"; then forwards it; actions kept oldest first', async () => {
    await check('9990000018');
    const [notification] = (await list('LA1')).notifications;
    const filed = await act('LA1', notification!.id, { action: 'filed-on-case', caseReference: ' CASE-42 ' });
    expect(filed.statusCode).toBe(200);
    expect(laNotificationSchema.parse(filed.json())).toMatchObject({
      status: 'filed',
      actions: [{ action: 'filed-on-case', caseReference: 'CASE-42', by: 'Test Contact Centre LA1' }],
    });
    expect(await list('LA1')).toMatchObject({ total: 0, new: 0 });
    expect(await list('LA1', '?status=filed')).toMatchObject({ total: 1, new: 0 });

    clock.advance(HOUR);
    const forwarded = await act('LA1', notification!.id, { action: 'forwarded-to-mash', note: 'Case closed' });
    expect(forwarded.json()).toMatchObject({
      status: 'forwarded',
      actions: [{ action: 'filed-on-case' }, { action: 'forwarded-to-mash', note: 'Case closed' }],
    });
    expect((await list('LA1', '?status=all')).notifications[0]!.status).toBe('forwarded');
  });

  it('keeps actions append-only: the store refuses to change one', async () => {
    await check('9990000018');
    const [notification] = (await list('LA1')).notifications;
    await act('LA1', notification!.id, { action: 'filed-on-case', caseReference: 'CASE-1' });
    await expect(ctx.db.query("UPDATE la_notification_actions SET case_reference = 'CASE-2'")).rejects.toThrow(
      /append-only/,
    );
  });

  it("answers another LA's notification exactly as a made-up one, and records nothing against it", async () => {
    await check('9990000026'); // LA1 only
    const [notification] = (await list('LA1')).notifications;
    const theirs = await call(testLaRoleIds.LA2, { method: 'GET', url: `/api/la/notifications/${notification!.id}` });
    const madeUp = await call(testLaRoleIds.LA2, { method: 'GET', url: '/api/la/notifications/999999' });
    const garbage = await call(testLaRoleIds.LA2, { method: 'GET', url: '/api/la/notifications/abc' });
    expect([theirs.statusCode, madeUp.statusCode, garbage.statusCode]).toEqual([404, 404, 404]);
    expect(theirs.json()).toEqual(madeUp.json());
    expect((await act('LA2', notification!.id, { action: 'filed-on-case', caseReference: 'CASE-9' })).statusCode).toBe(
      404,
    );
    expect((await list('LA1')).notifications[0]!.actions).toEqual([]);
    expect(await list('LA2', '?status=all')).toMatchObject({ total: 0, notifications: [] });
  });

  it('refuses an action it does not know, filing with no case reference, and a note or case reference too long', async () => {
    await check('9990000018');
    const [notification] = (await list('LA1')).notifications;
    for (const payload of [
      { action: 'deleted' },
      { action: 'filed-on-case' },
      { action: 'filed-on-case', caseReference: '   ' },
      { action: 'filed-on-case', note: 'x'.repeat(1001) },
      { action: 'filed-on-case', caseReference: 'x'.repeat(51) },
    ]) {
      const response = await act('LA1', notification!.id, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('INVALID_REQUEST');
    }
    expect((await list('LA1')).new).toBe(1);
  });

  it('pages 50 at a time', async () => {
    // 51 visits straight into the store: the inbox reads notifications however they came.
    await ctx.db.exec(`
      INSERT INTO access_audit (lookup_id, at, nhs_number, outcome, user_name, card_id, role, job_role_code,
        job_role_name, organisation_code, organisation_name, setting_type)
      SELECT md5(i::text)::uuid, '2026-11-20T00:00:00Z'::timestamptz + i * interval '1 minute', '9990000026',
        'plans-found', 'Test', '555000000901', 'registration', 'R8009', 'Receptionist', 'RX901', 'Test Hospital ED',
        'emergency-department' FROM generate_series(1, 51) i;
      INSERT INTO visits (id, nhs_number, at, organisation_code, organisation_name, setting_type,
        first_checked_by_role, first_lookup_id)
      SELECT lookup_id, nhs_number, at, organisation_code, organisation_name, setting_type, role, lookup_id
      FROM access_audit;
      INSERT INTO notifications (visit_id, la_code, nhs_number, at, organisation_code, organisation_name,
        setting_type, viewer_role, viewer_job_role_name)
      SELECT id, 'LA1', nhs_number, at, organisation_code, organisation_name, setting_type, 'registration',
        'Receptionist' FROM visits;`);
    const first = await list('LA1');
    const second = await list('LA1', '?page=2');
    expect([first.notifications.length, second.notifications.length, first.total, second.page]).toEqual([50, 1, 51, 2]);
    expect(second.notifications[0]!.at).toBe('2026-11-20T00:01:00.000Z');
  });

  it("shows and changes the LA's own contact numbers, audited, seen at once by the next lookup", async () => {
    const read = await call(testLaRoleIds.LA1, { method: 'GET', url: '/api/la/directory' });
    expect(laDirectoryEntrySchema.parse(read.json())).toMatchObject({
      laCode: 'LA1',
      officeHoursPhone: '0121 496 0001',
      emergencyDutyPhone: '0121 496 0002',
    });

    const bad = await call(testLaRoleIds.LA1, {
      method: 'PUT',
      url: '/api/la/directory',
      payload: { officeHoursPhone: 'call us', emergencyDutyPhone: '01632 960999' },
    });
    expect(bad.statusCode).toBe(400);

    const changed = await call(testLaRoleIds.LA1, {
      method: 'PUT',
      url: '/api/la/directory',
      payload: { officeHoursPhone: '01632 960111', emergencyDutyPhone: '01632 960999' },
    });
    expect(changed.json()).toMatchObject({ officeHoursPhone: '01632 960111', emergencyDutyPhone: '01632 960999' });
    const lookup = lookupResponseSchema.parse((await check('9990000026')).json());
    expect(lookup.plans[0]!.localAuthority).toMatchObject({ officeHoursPhone: '01632 960111' });
    const other = await call(testLaRoleIds.LA2, { method: 'GET', url: '/api/la/directory' });
    expect(other.json()).toMatchObject({ laCode: 'LA2', officeHoursPhone: '020 7946 0003' });
    expect(await ctx.db.query('SELECT la_code, office_hours_phone, changed_by_name FROM la_directory_changes')).toEqual(
      [{ la_code: 'LA1', office_hours_phone: '01632 960111', changed_by_name: 'Test Contact Centre LA1' }],
    );
  });
});
