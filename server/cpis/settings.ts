import { unscheduledSettings, type SettingType } from '#contract';

/**
 * How a lookup from a setting is treated: unscheduled care notifies the local authority, scheduled
 * care reads silently, and sexual health never notifies (it would deter young people from coming).
 */
export type SettingAccess = 'unscheduled' | 'scheduled' | 'sexual-health';

export function settingAccess(setting: SettingType): SettingAccess {
  if (setting === 'sexual-health') return 'sexual-health';
  return (unscheduledSettings as readonly string[]).includes(setting) ? 'unscheduled' : 'scheduled';
}
