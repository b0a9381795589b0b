import { describe, expect, it } from 'vitest';
import { createSessionRequestSchema, scheduledSettings, settingAccess, unscheduledSettings } from './session.ts';

describe('care settings', () => {
  it('classifies each setting as the issue lists it', () => {
    expect(unscheduledSettings.map(settingAccess)).toEqual(unscheduledSettings.map(() => 'unscheduled'));
    expect(scheduledSettings.map(settingAccess)).toEqual(scheduledSettings.map(() => 'scheduled'));
    expect(settingAccess('emergency-department')).toBe('unscheduled');
    expect(settingAccess('gp-in-hours')).toBe('scheduled');
    expect(settingAccess('sexual-health')).toBe('sexual-health');
  });
});

describe('a sign-in request', () => {
  it('takes the 12 digits of the card, a passcode and, optionally, a role', () => {
    expect(createSessionRequestSchema.safeParse({ cardId: '555000000001', passcode: '1234' }).success).toBe(true);
    expect(createSessionRequestSchema.safeParse({ cardId: '5550000000', passcode: '1234' }).success).toBe(false);
    expect(createSessionRequestSchema.safeParse({ cardId: '555000000001', passcode: '' }).success).toBe(false);
    expect(
      createSessionRequestSchema.safeParse({ cardId: '555000000001', passcode: '1234', roleId: 'Not An Id' }).success,
    ).toBe(false);
  });
});
