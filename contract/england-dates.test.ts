import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from './format.ts';

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
