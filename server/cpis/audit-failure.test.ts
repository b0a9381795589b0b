import { beforeAll, expect, it } from 'vitest';
import { errorBodySchema, scheduledSettings, unscheduledSettings, type SettingType } from '#contract';
import { fixedClock } from '../clock.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { seedStore, validRow } from '../testing/extracts.ts';
import { signIn } from '../testing/session.ts';
import type { Viewer } from './audit.ts';
import { performLookup } from './lookup.ts';

const clock = fixedClock('2026-11-21T09:00:00Z');
const settings: SettingType[] = [...unscheduledSettings, ...scheduledSettings, 'sexual-health'];
const outcomes = [
  { outcome: 'plans-found', nhsNumber: '9990000018' },
  { outcome: 'no-plans', nhsNumber: '9990000026' },
];

/**
 * The store as it is, except that the audit insert fails (a full disk, a lost connection, a
 * constraint): a fault raised by the store itself, wherever the insert is made from.
 */
const FAILING_AUDIT = `
CREATE FUNCTION fail_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit insert failed'; END $$;
CREATE TRIGGER access_audit_fails BEFORE INSERT ON access_audit FOR EACH ROW EXECUTE FUNCTION fail_audit_insert();`;

const viewer = (settingType: SettingType): Viewer => ({
  name: 'Test Nurse',
  cardId: '555000000001',
  role: 'clinician',
  jobRoleCode: 'R8000',
  jobRoleName: 'Clinical Practitioner',
  organisation: { code: 'RX101', name: 'Test Setting' },
  settingType,
});

// An unaudited answer is never given: whatever the setting and whatever the store holds.
describeEachEngine('a lookup whose audit cannot be written', (ctx) => {
  const count = async (table: string) =>
    (await ctx.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;

  beforeAll(async () => {
    await seedStore(ctx.db, clock, [
      validRow({ la_plan_ref: 'A' }),
      validRow({ la_code: 'LA2', la_plan_ref: 'B', plan_type: 'LAC', legal_status: 'S20' }),
    ]);
    await ctx.db.exec(FAILING_AUDIT);
  });

  for (const setting of settings) {
    for (const { outcome, nhsNumber } of outcomes) {
      it(`fails, and records nothing, at ${setting} for a ${outcome} lookup`, async () => {
        await expect(
          performLookup(ctx.db, {
            nhsNumber,
            viewer: viewer(setting),
            now: clock(),
            windowHours: 12,
          }),
        ).rejects.toThrow('audit insert failed');
        expect([await count('visits'), await count('notifications'), await count('access_audit')]).toEqual([0, 0, 0]);
      });
    }
  }

  it('answers 503 CPIS_UNAVAILABLE over HTTP, for a plan and for no plan alike', async () => {
    const { app, close } = await buildTestApp({}, { db: ctx.db, clock });
    const cookie = await signIn(app, 'test-registration');
    for (const { nhsNumber } of outcomes) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/cpis/lookups',
        headers: { cookie },
        payload: { nhsNumber },
      });
      expect(response.statusCode).toBe(503);
      expect(errorBodySchema.parse(response.json()).error.code).toBe('CPIS_UNAVAILABLE');
    }
    await close();
  });
});
