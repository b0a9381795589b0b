import { describe, expect, it } from 'vitest';
import { testStaffDirectory } from '../testing/staff.ts';
import { createCardReader } from './card-reader.ts';

const receptionist = { cardId: '555000000901', passcode: '2468' };
const twoRoles = { cardId: '555000000904', passcode: '2468' };

describe('the smartcard simulator', () => {
  it('signs a single-role card straight in', () => {
    const result = createCardReader(testStaffDirectory).insert(receptionist);
    expect(result).toMatchObject({ outcome: 'signed-in', role: { roleId: 'test-registration' } });
  });

  it('asks which role when the card has several, then takes the one chosen', () => {
    const reader = createCardReader(testStaffDirectory);
    const asked = reader.insert(twoRoles);
    expect(asked.outcome).toBe('role-required');
    expect(asked.outcome === 'role-required' && asked.roles.map((role) => role.roleId)).toEqual([
      'test-two-ed',
      'test-two-wic',
    ]);
    expect(reader.insert({ ...twoRoles, roleId: 'test-two-wic' })).toMatchObject({
      outcome: 'signed-in',
      role: { organisation: { name: 'Test Walk-in Centre' } },
    });
  });

  it('asks again for a role that is not on the card', () => {
    const reader = createCardReader(testStaffDirectory);
    expect(reader.insert({ ...receptionist, roleId: 'test-clinician' }).outcome).toBe('role-required');
  });

  it('answers an unknown card exactly as a wrong passcode, and never locks it', () => {
    const reader = createCardReader(testStaffDirectory);
    for (let i = 0; i < 5; i += 1) {
      expect(reader.insert({ cardId: '555000000999', passcode: '2468' })).toEqual({ outcome: 'invalid-credentials' });
    }
  });

  it('locks the card on the third wrong passcode in a row, even against the right one after', () => {
    const reader = createCardReader(testStaffDirectory);
    const wrong = { ...receptionist, passcode: '0000' };
    expect(reader.insert(wrong).outcome).toBe('invalid-credentials');
    expect(reader.insert(wrong).outcome).toBe('invalid-credentials');
    expect(reader.insert(wrong)).toEqual({ outcome: 'locked', justLocked: true });
    expect(reader.insert(receptionist)).toEqual({ outcome: 'locked', justLocked: false });
    // Other cards are not affected.
    expect(reader.insert({ ...twoRoles, roleId: 'test-two-ed' }).outcome).toBe('signed-in');
  });

  it('counts only wrong passcodes in a row: a right one starts the count again', () => {
    const reader = createCardReader(testStaffDirectory);
    const wrong = { ...receptionist, passcode: '0000' };
    reader.insert(wrong);
    reader.insert(wrong);
    expect(reader.insert(receptionist).outcome).toBe('signed-in');
    expect(reader.insert(wrong).outcome).toBe('invalid-credentials');
    expect(reader.insert(wrong).outcome).toBe('invalid-credentials');
    expect(reader.insert(receptionist).outcome).toBe('signed-in');
  });

  it('keeps locks per reader (per process): a restart clears them', () => {
    const wrong = { ...receptionist, passcode: '0000' };
    const before = createCardReader(testStaffDirectory);
    for (let i = 0; i < 3; i += 1) before.insert(wrong);
    expect(before.insert(receptionist).outcome).toBe('locked');
    expect(createCardReader(testStaffDirectory).insert(receptionist).outcome).toBe('signed-in');
  });
});
