import { beforeEach, expect, it } from 'vitest';
import { englandDate, VISIT_HISTORY_LIMIT, type SettingType } from '#contract';
import { fixedClock } from '../clock.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { applyExtract } from '../ingest/apply-extract.ts';
import { clearStore, extractCsv, seedStore, validRow } from '../testing/extracts.ts';
import type { Viewer } from './audit.ts';
import { performLookup } from './lookup.ts';
import { notificationsFor } from './notifications.ts';
import { purgeExpired } from './purge.ts';

const clock = fixedClock('2026-11-21T09:00:00Z');
const HOUR = 3_600_000;

const viewer = (settingType: SettingType, organisation = { code: 'RX101', name: 'Test General ED' }): Viewer => ({
  name: 'Test Receptionist',
  cardId: '555000000001',
  role: 'registration',
  jobRoleCode: 'R8009',
  jobRoleName: 'Receptionist',
  organisation,
  settingType,
});

describeEachEngine('a CP-IS lookup', (ctx) => {
  const lookup = (nhsNumber: string, who: Viewer) =>
    performLookup(ctx.db, { nhsNumber, viewer: who, now: clock(), windowHours: 12 });
  const count = async (table: string) =>
    (await ctx.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;

  beforeEach(async () => {
    clock.set('2026-11-21T09:00:00Z');
    await ctx.db.exec('DELETE FROM notifications; DELETE FROM visits; DELETE FROM access_audit;');
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'A' }),
      validRow({ la_code: 'LA2', la_plan_ref: 'B', plan_type: 'LAC', legal_status: 'S20' }),
    ]);
  });

  it('finds the plans, audits the lookup, and at an unscheduled setting makes one visit and notifies each LA', async () => {
    const result = await lookup('9990000018', viewer('emergency-department'));
    expect(result.outcome).toBe('plans-found');
    expect(result.plans.map((p) => p.localAuthority.code).sort()).toEqual(['LA1', 'LA2']);
    expect(result.newVisit).toBe(true);
    expect(result.visits).toEqual([]);
    expect(await count('access_audit')).toBe(1);
    expect(await count('visits')).toBe(1);
    const [toLa1] = await notificationsFor(ctx.db, 'LA1');
    expect(toLa1).toMatchObject({
      nhsNumber: '9990000018',
      at: '2026-11-21T09:00:00.000Z',
      organisation: { code: 'RX101', name: 'Test General ED' },
      settingType: 'emergency-department',
      viewerRole: 'registration',
    });
    expect(await notificationsFor(ctx.db, 'LA2')).toHaveLength(1);
  });

  it('within the attendance window, further lookups at the same organisation add audit rows only', async () => {
    await lookup('9990000018', viewer('emergency-department'));
    clock.advance(11 * HOUR);
    const second = await lookup('9990000018', { ...viewer('emergency-department'), role: 'clinician' });
    expect(second.newVisit).toBe(false);
    expect(second.visits).toHaveLength(1);
    expect(await count('access_audit')).toBe(2);
    expect(await count('visits')).toBe(1);
    expect(await count('notifications')).toBe(2);

    // Past the window it is a new attendance.
    clock.advance(2 * HOUR);
    expect((await lookup('9990000018', viewer('emergency-department'))).newVisit).toBe(true);
    expect(await count('visits')).toBe(2);
  });

  it('another organisation in the window is another visit', async () => {
    await lookup('9990000018', viewer('emergency-department'));
    const elsewhere = await lookup('9990000018', viewer('walk-in-centre', { code: 'RX202', name: 'Test WIC' }));
    expect(elsewhere.newVisit).toBe(true);
    expect(elsewhere.visits.map((v) => v.organisation.code)).toEqual(['RX101']);
  });

  it.each<SettingType>(['gp-in-hours', 'camhs', 'sexual-health'])(
    'at %s the read is silent: audit only, no visit, no notification',
    async (setting) => {
      const result = await lookup('9990000018', viewer(setting));
      expect(result.outcome).toBe('plans-found');
      expect(result.newVisit).toBe(false);
      expect(await count('access_audit')).toBe(1);
      expect(await count('visits')).toBe(0);
      expect(await count('notifications')).toBe(0);
    },
  );

  it('a person with no plan is audited as no-plans and makes no visit', async () => {
    const result = await lookup('9990000115', viewer('emergency-department'));
    expect(result).toMatchObject({ outcome: 'no-plans', plans: [], visits: [], newVisit: false });
    const [audit] = await ctx.db.query('SELECT outcome, nhs_number, organisation_code FROM access_audit');
    expect(audit).toEqual({ outcome: 'no-plans', nhs_number: '9990000115', organisation_code: 'RX101' });
    expect(await count('visits')).toBe(0);
  });

  it(`returns at most the previous ${VISIT_HISTORY_LIMIT} visits, newest first`, async () => {
    for (let i = 0; i < VISIT_HISTORY_LIMIT + 2; i += 1) {
      await lookup('9990000018', viewer('emergency-department'));
      clock.advance(13 * HOUR);
    }
    const result = await lookup('9990000018', viewer('emergency-department'));
    expect(result.visits).toHaveLength(VISIT_HISTORY_LIMIT);
    const times = result.visits.map((v) => v.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('fails as a whole when the audit row cannot be written: no answer without an audit', async () => {
    await ctx.db.exec('ALTER TABLE access_audit ADD CONSTRAINT refuse_all CHECK (false) NOT VALID');
    try {
      await expect(lookup('9990000018', viewer('emergency-department'))).rejects.toThrow();
      expect(await count('visits')).toBe(0);
      expect(await count('notifications')).toBe(0);
    } finally {
      await ctx.db.exec('ALTER TABLE access_audit DROP CONSTRAINT refuse_all');
    }
  });

  it('the purge removes the access history of people left with no visible plan', async () => {
    await lookup('9990000018', viewer('emergency-department'));
    await ctx.db.exec(`UPDATE plans SET end_date = '2025-01-01', start_date = '2024-01-01'`);
    expect(await purgeExpired(ctx.db, englandDate(clock()))).toEqual({ plans: 2, visits: 1 });
    expect(await count('notifications')).toBe(0);
    expect(await count('access_audit')).toBe(1);
  });

  it("an LA deleting a person's last plan removes their access history; deleting one of two keeps it", async () => {
    await lookup('9990000018', viewer('emergency-department'));
    const remove = (ref: string, laCode = 'LA1') =>
      applyExtract(ctx.db, extractCsv([{ la_code: laCode, la_plan_ref: ref, action: 'delete' }]), { clock });
    await remove('A');
    expect(await count('visits')).toBe(1);
    await remove('B', 'LA2');
    expect(await count('visits')).toBe(0);
    expect(await count('notifications')).toBe(0);
    expect(await count('access_audit')).toBe(1);
  });

  it('the purge also removes the history of someone an LA moved a plan away from', async () => {
    await lookup('9990000018', viewer('emergency-department'));
    // The LA corrects both plans to another child's number: the first child has no plan left.
    await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'A', nhs_number: '9990000026' }),
        validRow({ la_code: 'LA2', la_plan_ref: 'B', plan_type: 'LAC', legal_status: 'S20', nhs_number: '9990000026' }),
      ]),
      { clock },
    );
    expect(await purgeExpired(ctx.db, englandDate(clock()))).toEqual({ plans: 0, visits: 1 });
  });
});
