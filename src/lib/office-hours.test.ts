import { describe, expect, it } from 'vitest';
import { isLaOfficeHours } from './office-hours.ts';

describe('LA office hours', () => {
  it.each([
    ['2026-11-23T09:00:00Z', true], // Monday 9:00am GMT
    ['2026-11-23T08:59:00Z', false],
    ['2026-11-27T16:59:00Z', true], // Friday 4:59pm
    ['2026-11-27T17:00:00Z', false],
    ['2026-11-21T12:00:00Z', false], // Saturday
    ['2026-07-06T08:30:00Z', true], // Monday 9:30am BST
    ['2026-07-06T16:30:00Z', false], // Monday 5:30pm BST
  ])('%s is office hours: %s', (instant, expected) => {
    expect(isLaOfficeHours(new Date(instant))).toBe(expected);
  });
});
