import { beforeEach, expect, it } from 'vitest';
import {
  attendanceDetailResponseSchema,
  attendancesResponseSchema,
  errorBodySchema,
  reviewResponseSchema,
} from '#contract';
import { fixedClock } from '../clock.ts';
import { useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, seedStore, validRow } from '../testing/extracts.ts';
import { signIn } from '../testing/session.ts';

const clock = fixedClock('2026-11-21T10:00:00Z');
const HOUR = 3_600_000;

describeEachEngine('the safeguarding workspace', (ctx) => {
  const t = useTestApp(ctx, {}, undefined, { clock });
  // A fresh sign-in per request: the tests move the clock by hours, past any session's idle limit.
  const as = async (roleId: string) => ({ cookie: await signIn(t.app, roleId) });
  const check = async (roleId: string, nhsNumber: string) =>
    t.app.inject({ method: 'POST', url: '/api/cpis/lookups', headers: await as(roleId), payload: { nhsNumber } });
  const list = async (query = '') => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/safeguarding/attendances${query}`,
      headers: await as('test-safeguarding-lead'),
    });
    return {
      response,
      body: response.statusCode === 200 ? attendancesResponseSchema.parse(response.json()) : undefined,
    };
  };
  const open = async (id: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/safeguarding/attendances/${id}`,
      headers: await as('test-safeguarding-lead'),
    });
  const review = async (id: string, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/safeguarding/attendances/${id}/review`,
      headers: await as('test-safeguarding-lead'),
      payload,
    });

  beforeEach(async () => {
    clock.set('2026-11-21T10:00:00Z');
    await ctx.db.exec(
      'DELETE FROM attendance_reviews; DELETE FROM notifications; DELETE FROM visits; DELETE FROM access_audit;',
    );
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'A' }),
      validRow({ la_plan_ref: 'B', la_code: 'LA2', plan_type: 'LAC', legal_status: 'S31' }),
      validRow({ la_plan_ref: 'C', nhs_number: '9990000026', family_name: 'Second' }),
    ]);
  });

  it("lists visits at the lead's own organisation, newest first, with plans, LAs and who checked first", async () => {
    await check('test-registration', '9990000018');
    clock.advance(HOUR);
    await check('test-clinician', '9990000026');
    await check('test-two-wic', '9990000018'); // another organisation
    await check('test-registration', '9990000115'); // no plan: no attendance

    const { body } = await list();
    expect(body).toMatchObject({ total: 2, unreviewed: 2, page: 1, from: '2026-11-15', to: '2026-11-21' });
    expect(body!.attendances.map((a) => [a.nhsNumber, a.firstCheckedByRole])).toEqual([
      ['9990000026', 'clinician'],
      ['9990000018', 'registration'],
    ]);
    expect(body!.attendances[1]).toMatchObject({
      settingType: 'emergency-department',
      person: { familyName: 'Testchild', givenName: 'Alpha', dateOfBirth: '2019-03-14' },
      planTypes: ['CPP', 'LAC'],
      localAuthorities: [
        { code: 'LA1', name: 'Testshire County Council' },
        { code: 'LA2', name: 'Exampleton City Council' },
      ],
      reviews: [],
    });
  });

  it('audits every person a listed page shows', async () => {
    await check('test-registration', '9990000018');
    await check('test-registration', '9990000026');
    await list();
    const audit = await ctx.db.query(
      `SELECT nhs_number, role FROM access_audit WHERE outcome = 'listed-attendance' ORDER BY nhs_number`,
    );
    expect(audit).toEqual([
      { nhs_number: '9990000018', role: 'safeguarding-lead' },
      { nhs_number: '9990000026', role: 'safeguarding-lead' },
    ]);
  });

  it('pages 50 at a time and filters by dates in England', async () => {
    for (let i = 0; i < 55; i += 1) {
      await check('test-registration', '9990000018');
      clock.advance(13 * HOUR);
    }
    // 55 visits from 21 November 2026 10:00 UTC, every 13 hours, up to about 20 December.
    const first = await list('?from=2026-11-21&to=2026-12-31&status=all');
    expect(first.body).toMatchObject({ total: 55, page: 1 });
    expect(first.body!.attendances).toHaveLength(50);
    const second = await list('?from=2026-11-21&to=2026-12-31&status=all&page=2');
    expect(second.body!.attendances).toHaveLength(5);
    expect(second.body!.attendances.at(-1)!.at).toBe('2026-11-21T10:00:00.000Z');

    // Visits at 21 November 23:00 and 22 November 12:00: only the second was on the 22nd.
    const oneDay = await list('?from=2026-11-22&to=2026-11-22&status=all');
    expect(oneDay.body!.attendances.map((a) => a.at)).toEqual(['2026-11-22T12:00:00.000Z']);
  });

  it('counts a visit at 11:30pm UTC in summer on the next day, as England does', async () => {
    clock.set('2026-07-01T23:30:00Z');
    await check('test-registration', '9990000018');
    expect((await list('?from=2026-07-02&to=2026-07-02')).body!.total).toBe(1);
    expect((await list('?from=2026-07-01&to=2026-07-01')).body!.total).toBe(0);
  });

  it('refuses a range over 92 days, and a range that ends before it starts', async () => {
    const tooLong = await list('?from=2026-01-01&to=2026-04-03');
    expect(tooLong.response.statusCode).toBe(400);
    expect(errorBodySchema.parse(tooLong.response.json()).error.code).toBe('RANGE_TOO_LARGE');
    expect((await list('?from=2026-01-01&to=2026-04-02')).response.statusCode).toBe(200);
    expect((await list('?from=2026-02-01&to=2026-01-01')).response.statusCode).toBe(400);
    expect((await list('?from=yesterday')).response.statusCode).toBe(400);
  });

  it('opens an attendance with plans, LA contacts and visits everywhere, and audits the opening', async () => {
    await check('test-two-wic', '9990000018');
    clock.advance(HOUR);
    await check('test-registration', '9990000018');
    const [attendance] = (await list()).body!.attendances;

    const response = await open(attendance!.id);
    expect(response.statusCode).toBe(200);
    const detail = attendanceDetailResponseSchema.parse(response.json());
    expect(detail.attendance.id).toBe(attendance!.id);
    expect(detail.plans.map((p) => [p.type, p.localAuthority.officeHoursPhone, p.startDate])).toEqual([
      ['CPP', '0121 496 0001', '2026-06-02'],
      ['LAC', '020 7946 0003', '2026-06-02'],
    ]);
    expect(detail.visits.map((v) => v.organisation.code)).toEqual(['RX901', 'RX902']);
    const audit = await ctx.db.query(
      `SELECT outcome, nhs_number, role FROM access_audit WHERE outcome = 'opened-attendance'`,
    );
    expect(audit).toEqual([{ outcome: 'opened-attendance', nhs_number: '9990000018', role: 'safeguarding-lead' }]);
  });

  it("answers 404 for another organisation's attendance and for ids that are not ids, exactly alike", async () => {
    await check('test-two-wic', '9990000018');
    const [elsewhere] = await ctx.db.query<{ id: string }>('SELECT id FROM visits');
    const responses = [
      await open(elsewhere!.id),
      await open('00000000-0000-4000-8000-000000000000'),
      await open('not-an-id'),
      await review(elsewhere!.id, { outcome: 'no-further-action', note: '' }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    expect(await ctx.db.query('SELECT 1 FROM attendance_reviews')).toEqual([]);
  });

  it('appends reviews, never editing one, and moves the attendance to reviewed', async () => {
    await check('test-registration', '9990000018');
    const [attendance] = (await list()).body!.attendances;

    const first = await review(attendance!.id, { outcome: 'contacted-local-authority', note: 'Rang the duty team.' });
    expect(first.statusCode).toBe(200);
    clock.advance(HOUR);
    const second = reviewResponseSchema.parse(
      (await review(attendance!.id, { outcome: 'no-further-action', note: '  ' })).json(),
    );
    expect(second.reviews).toEqual([
      {
        outcome: 'contacted-local-authority',
        note: 'Rang the duty team.',
        reviewer: { name: 'Test Safeguarding Lead', jobRoleName: 'Safeguarding Lead' },
        reviewedAt: '2026-11-21T10:00:00.000Z',
      },
      expect.objectContaining({ outcome: 'no-further-action', note: '', reviewedAt: '2026-11-21T11:00:00.000Z' }),
    ]);
    expect((await list()).body).toMatchObject({ total: 0, unreviewed: 0 });
    expect((await list('?status=reviewed')).body!.attendances[0]!.reviews).toHaveLength(2);
    await expect(ctx.db.exec(`UPDATE attendance_reviews SET note = 'changed'`)).rejects.toThrow(/append-only/);
  });

  it('refuses a note over 1,000 characters and an unknown outcome', async () => {
    await check('test-registration', '9990000018');
    const [attendance] = (await list()).body!.attendances;
    const long = await review(attendance!.id, { outcome: 'no-further-action', note: 'x'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect((await review(attendance!.id, { outcome: 'closed', note: '' })).statusCode).toBe(400);
    expect((await review(attendance!.id, { outcome: 'no-further-action', note: 'x'.repeat(1000) })).statusCode).toBe(
      200,
    );
  });
});
