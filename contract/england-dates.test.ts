import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, englandDate, formatDate, formatDateTime, formatTime } from './england-dates.ts';

describe('NHS date and time style', () => {
  it('writes dates as "21 November 2026"', () => {
    expect(formatDate('2026-11-21')).toBe('21 November 2026');
    expect(formatDate('2027-01-05')).toBe('5 January 2027');
  });

  it('writes times as "2:30pm" in England, summer time included', () => {
    expect(formatTime('2026-11-21T14:30:00Z')).toBe('2:30pm');
    expect(formatTime('2026-07-01T08:05:00Z')).toBe('9:05am');
    expect(formatTime('2026-11-21T00:00:00Z')).toBe('12:00am');
  });

  it('writes an instant with both', () => {
    expect(formatDateTime('2026-07-01T23:30:00Z')).toBe('2 July 2026 at 12:30am');
  });
});

describe('calendar dates in England', () => {
  it('takes today from the clock in London, not UTC', () => {
    expect(englandDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(englandDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('adds and counts whole days across month ends, leap days and the clocks changing', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-11-21', -6)).toBe('2026-11-15');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-25', '2026-10-24')).toBe(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});
