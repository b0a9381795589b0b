import { beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { testStaffDirectory } from '../testing/staff.ts';
import { clearCardLock, createCardReader } from './card-reader.ts';

const receptionist = { cardId: '555000000901', passcode: '2468' };
const wrong = { ...receptionist, passcode: '0000' };
const twoRoles = { cardId: '555000000904', passcode: '2468' };
const here = '192.0.2.10';

describeEachEngine('the smartcard simulator', (ctx) => {
  const clock = fixedClock('2026-11-21T09:00:00Z');
  const options = { lockMinutes: 30, failuresPerAddress: 200 };
  // Each reader stands for one BFF process: a replica, or the same one after a restart.
  const reader = (overrides: Partial<typeof options> = {}) =>
    createCardReader(testStaffDirectory, ctx.db, clock, { ...options, ...overrides });

  beforeEach(async () => {
    clock.set('2026-11-21T09:00:00Z');
    await ctx.db.exec('DELETE FROM card_lockouts; DELETE FROM rate_counts');
  });

  it('signs a single-role card straight in', async () => {
    const result = await reader().insert(receptionist, here);
    expect(result).toMatchObject({ outcome: 'signed-in', role: { roleId: 'test-registration' } });
  });

  it('asks which role when the card has several, then takes the one chosen', async () => {
    const asked = await reader().insert(twoRoles, here);
    expect(asked.outcome === 'role-required' && asked.roles.map((role) => role.roleId)).toEqual([
      'test-two-ed',
      'test-two-wic',
    ]);
    expect(await reader().insert({ ...twoRoles, roleId: 'test-two-wic' }, here)).toMatchObject({
      outcome: 'signed-in',
      role: { organisation: { name: 'Test Walk-in Centre' } },
    });
    expect((await reader().insert({ ...receptionist, roleId: 'test-clinician' }, here)).outcome).toBe('role-required');
  });

  it('answers 100 unknown-card attempts from one address exactly as wrong passcodes: never locked, never throttled', async () => {
    const cardReader = reader();
    const outcomes = new Set<string>();
    for (let i = 0; i < 100; i += 1) {
      outcomes.add(
        (await cardReader.insert({ cardId: `5550000${String(i).padStart(5, '0')}`, passcode: '2468' }, here)).outcome,
      );
      outcomes.add((await cardReader.insert({ cardId: '555000000999', passcode: '2468' }, here)).outcome);
    }
    expect([...outcomes]).toEqual(['invalid-credentials']);
  });

  it('locks the card on the third wrong passcode in a row on any replica; the lock survives a restart', async () => {
    const [first, second] = [reader(), reader()];
    expect((await first.insert(wrong, here)).outcome).toBe('invalid-credentials');
    expect((await second.insert(wrong, here)).outcome).toBe('invalid-credentials');
    expect(await first.insert(wrong, here)).toEqual({ outcome: 'locked', justLocked: true });
    expect(await second.insert(receptionist, here)).toEqual({ outcome: 'locked', justLocked: false });
    expect(await reader().insert(receptionist, here)).toEqual({ outcome: 'locked', justLocked: false });
    // Other cards are not affected.
    expect((await second.insert({ ...twoRoles, roleId: 'test-two-ed' }, here)).outcome).toBe('signed-in');
  });

  it('counts simultaneous wrong passcodes on several replicas each once', async () => {
    const outcomes = await Promise.all([reader(), reader(), reader()].map((r) => r.insert(wrong, here)));
    expect(outcomes.filter((outcome) => outcome.outcome === 'locked')).toEqual([
      { outcome: 'locked', justLocked: true },
    ]);
  });

  it('unlocks at the set time, with a fresh count', async () => {
    for (let i = 0; i < 3; i += 1) await reader().insert(wrong, here);
    clock.advance(30 * 60_000 - 1);
    expect((await reader().insert(receptionist, here)).outcome).toBe('locked');
    clock.advance(1);
    expect((await reader().insert(wrong, here)).outcome).toBe('invalid-credentials');
    expect((await reader().insert(receptionist, here)).outcome).toBe('signed-in');
  });

  it('unlocks when an administrator clears the lock', async () => {
    for (let i = 0; i < 3; i += 1) await reader().insert(wrong, here);
    expect(await clearCardLock(ctx.db, receptionist.cardId, clock())).toBe(true);
    expect((await reader().insert(receptionist, here)).outcome).toBe('signed-in');
    expect(await clearCardLock(ctx.db, receptionist.cardId, clock())).toBe(false);
  });

  it('counts only wrong passcodes in a row: a right one starts the count again', async () => {
    const cardReader = reader();
    await cardReader.insert(wrong, here);
    await cardReader.insert(wrong, here);
    expect((await cardReader.insert(receptionist, here)).outcome).toBe('signed-in');
    expect((await cardReader.insert(wrong, here)).outcome).toBe('invalid-credentials');
    expect((await cardReader.insert(wrong, here)).outcome).toBe('invalid-credentials');
    expect((await cardReader.insert(receptionist, here)).outcome).toBe('signed-in');
  });

  it('throttles failed sign-ins per client address, on every replica, until the window ends', async () => {
    const limited = { failuresPerAddress: 5 };
    for (let i = 0; i < 5; i += 1) {
      expect((await reader(limited).insert({ cardId: '555000000999', passcode: '1' }, here)).outcome).toBe(
        'invalid-credentials',
      );
    }
    // Even the right passcode is not tried: the address has used its attempts.
    expect(await reader(limited).insert(receptionist, here)).toEqual({ outcome: 'throttled', retryAfterSeconds: 900 });
    expect((await reader(limited).insert(receptionist, '192.0.2.11')).outcome).toBe('signed-in');
    clock.advance(15 * 60_000);
    expect((await reader(limited).insert(receptionist, here)).outcome).toBe('signed-in');
  });

  it('does not count successful sign-ins against the address', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await reader({ failuresPerAddress: 2 }).insert(receptionist, here)).outcome).toBe('signed-in');
    }
  });
});
