import { beforeEach, expect, it } from 'vitest';
import { englandDate } from '#contract';
import { fixedClock } from '../clock.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, seedStore, validRow } from '../testing/extracts.ts';
import { findVisiblePlans } from './plans.ts';
import { purgeExpired } from './purge.ts';

const clock = fixedClock('2026-11-21T09:00:00Z');
const today = () => englandDate(clock());

describeEachEngine('visibility, retention and purge', (ctx) => {
  beforeEach(async () => {
    clock.set('2026-11-21T09:00:00Z');
    await clearStore(ctx.db);
  });

  it('shows an ended plan until 12 months after its end date, then purges it', async () => {
    await seedStore(ctx.db, clock, [validRow({ start_date: '2024-01-01', end_date: '2025-11-21' })]);

    // 2026-11-21 is exactly 12 months after the end: still visible, and the purge keeps it.
    expect(await findVisiblePlans(ctx.db, '9990000018', today())).toHaveLength(1);
    expect(await purgeExpired(ctx.db, today())).toEqual({ plans: 0, visits: 0 });

    // The next day it is past retention: hidden, then removed.
    clock.set('2026-11-22T09:00:00Z');
    expect(await findVisiblePlans(ctx.db, '9990000018', today())).toEqual([]);
    expect(await purgeExpired(ctx.db, today())).toEqual({ plans: 1, visits: 0 });
    expect(await ctx.db.query('SELECT 1 FROM plans')).toEqual([]);
  });

  it('keeps open plans whatever their age', async () => {
    await seedStore(ctx.db, clock, [validRow({ start_date: '2010-01-01' })]);
    expect(await purgeExpired(ctx.db, today())).toEqual({ plans: 0, visits: 0 });
    expect(await findVisiblePlans(ctx.db, '9990000018', today())).toHaveLength(1);
  });

  it('uses the date in England, not UTC, for "today"', async () => {
    await seedStore(ctx.db, clock, [validRow({ start_date: '2024-01-01', end_date: '2025-07-01' })]);
    // 23:30 UTC on 1 July 2026 is already 2 July in London (BST): one day past retention.
    clock.set('2026-07-01T23:30:00Z');
    expect(today()).toBe('2026-07-02');
    expect(await findVisiblePlans(ctx.db, '9990000018', today())).toEqual([]);
  });

  it('marks a plan ended once its end date has passed, and active until then', async () => {
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'ENDED', start_date: '2025-01-01', end_date: '2026-08-21' }),
      validRow({ la_plan_ref: 'ENDS-TODAY', start_date: '2025-01-01', end_date: '2026-11-21' }),
    ]);
    const statuses = (await findVisiblePlans(ctx.db, '9990000018', today())).map((p) => [p.endDate, p.status]);
    expect(statuses).toEqual([
      ['2026-11-21', 'active'],
      ['2026-08-21', 'ended'],
    ]);
  });

  it('holds several plans for one child from several LAs, open plans first, with each LA contact', async () => {
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'OLD', start_date: '2024-01-01', end_date: '2026-01-01' }),
      validRow({ la_code: 'LA2', la_plan_ref: 'LAC', plan_type: 'LAC', legal_status: 'S20', start_date: '2026-02-01' }),
    ]);
    const found = await findVisiblePlans(ctx.db, '9990000018', today());
    expect(found.map((p) => [p.type, p.localAuthority.code, p.legalStatus])).toEqual([
      ['LAC', 'LA2', 'S20'],
      ['CPP', 'LA1', null],
    ]);
    expect(found[0]!.localAuthority).toEqual({
      code: 'LA2',
      name: 'Exampleton City Council',
      officeHoursPhone: '020 7946 0003',
      emergencyDutyPhone: '020 7946 0004',
    });
    expect(found[0]!.dataAsOf).toBe('2026-11-21T09:00:00.000Z');
    expect(found[0]!.person).toEqual({ familyName: 'Testchild', givenName: 'Alpha', dateOfBirth: '2019-03-14' });
  });

  it('flags an open unborn plan more than 28 days past its due date', async () => {
    const ucpp = { plan_type: 'UCPP', start_date: '2026-04-01', nhs_number: '9990000069' };
    await seedStore(ctx.db, clock, [
      validRow({ ...ucpp, la_plan_ref: 'DUE-28-DAYS-AGO', expected_delivery_date: '2026-10-24' }),
      validRow({ ...ucpp, la_plan_ref: 'DUE-29-DAYS-AGO', expected_delivery_date: '2026-10-23' }),
      validRow({ ...ucpp, la_plan_ref: 'ENDED-LATE', expected_delivery_date: '2026-09-01', end_date: '2026-11-01' }),
    ]);
    const found = await findVisiblePlans(ctx.db, '9990000069', today());
    expect(found.map((p) => [p.expectedDeliveryDate, p.overdue])).toEqual([
      ['2026-10-24', false],
      ['2026-10-23', true],
      ['2026-09-01', false],
    ]);
  });

  it('finds nothing for a number with no plan', async () => {
    await seedStore(ctx.db, clock, [validRow()]);
    expect(await findVisiblePlans(ctx.db, '9990000115', today())).toEqual([]);
  });
});
