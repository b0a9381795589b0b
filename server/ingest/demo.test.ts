import { describe, expect, it } from 'vitest';
import { englandDate } from '#contract';
import { fixedClock } from '../clock.ts';
import { findVisiblePlans } from '../cpis/plans.ts';
import { openDatabase } from '../db/index.ts';
import { DEMO_ANCHOR_DATE, loadDemoDataIfEmpty, shiftDemoDates } from './demo.ts';
import { buildTestApp } from '../testing/app.ts';

/** The README's table of demo NHS numbers, checked against what the demo store really shows. */
const expected: Record<string, string[]> = {
  '9990000018': ['CPP active'],
  '9990000026': ['LAC S31 active'],
  '9990000034': ['LAC S38 active'],
  '9990000042': ['LAC S20 active'],
  '9990000050': ['LAC E1 active'],
  '9990000069': ['UCPP active'],
  '9990000077': ['CPP active', 'LAC S20 active'],
  '9990000085': ['CPP ended'],
  '9990000093': [],
  '9990000107': ['UCPP active overdue'],
  '9990000115': [],
  '9990000123': [],
  '9990000131': [],
};

describe('demo data', () => {
  it('moves every date but the date of birth by the days since the anchor', () => {
    expect(shiftDemoDates('ref,date_of_birth,start_date\na,2019-03-14,2025-10-21', '2026-12-01')).toBe(
      'ref,date_of_birth,start_date\na,2019-03-14,2025-10-31',
    );
  });

  it.each([DEMO_ANCHOR_DATE, '2028-02-29'])('covers every case in the README when loaded on %s', async (day) => {
    const clock = fixedClock(`${day}T12:00:00Z`);
    const db = await openDatabase({ engine: 'pglite', dir: 'memory' });
    expect(await loadDemoDataIfEmpty(db, clock)).toEqual({ plans: 11 });
    const today = englandDate(clock());
    for (const [nhsNumber, plans] of Object.entries(expected)) {
      const found = await findVisiblePlans(db, nhsNumber, today);
      const described = found
        .map((p) => [p.type, p.legalStatus, p.status, p.overdue ? 'overdue' : null].filter(Boolean).join(' '))
        .sort();
      expect(described, nhsNumber).toEqual(plans);
    }
    expect(await loadDemoDataIfEmpty(db, clock)).toBeUndefined();
    await db.close();
  });
});

describe('start-up', () => {
  it('loads the demo into an empty store and purges what is past retention', async () => {
    const { app, close } = await buildTestApp(
      { demoData: true },
      { clock: fixedClock(`${DEMO_ANCHOR_DATE}T12:00:00Z`) },
    );
    const [row] = await app.db.query<{ count: number }>('SELECT count(*) AS count FROM plans');
    // 11 demo plans, less the one that ended 13 months ago.
    expect(row?.count).toBe(10);
    await close();
  });

  it('leaves the store empty when DEMO_DATA=false', async () => {
    const { app, close } = await buildTestApp({ demoData: false });
    const [row] = await app.db.query<{ count: number }>('SELECT count(*) AS count FROM local_authorities');
    expect(row?.count).toBe(0);
    await close();
  });
});
