import { describe, expect, it } from 'vitest';
import { scheduledSettings, unscheduledSettings } from '#contract';
import { settingAccess } from './settings.ts';

describe('care settings', () => {
  it('classifies each setting as the issue lists it', () => {
    expect(unscheduledSettings.map(settingAccess)).toEqual(unscheduledSettings.map(() => 'unscheduled'));
    expect(scheduledSettings.map(settingAccess)).toEqual(scheduledSettings.map(() => 'scheduled'));
    expect(settingAccess('emergency-department')).toBe('unscheduled');
    expect(settingAccess('gp-in-hours')).toBe('scheduled');
    expect(settingAccess('sexual-health')).toBe('sexual-health');
  });
});
