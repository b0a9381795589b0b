import { describe, expect, it } from 'vitest';
import { englandAndWalesBankHolidays } from './bank-holidays.ts';
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

  it.each([
    ['Christmas Day, a Friday', '2026-12-25T11:00:00Z'],
    ['Boxing Day moved to Monday 28 December 2026 (26th is a Saturday)', '2026-12-28T11:00:00Z'],
    ['Christmas Day moved to Monday 27 December 2027 (25th is a Saturday)', '2027-12-27T11:00:00Z'],
    ["New Year's Day moved to Monday 3 January 2028", '2028-01-03T11:00:00Z'],
    ['the early May bank holiday, Monday 4 May 2026 (11am BST)', '2026-05-04T10:00:00Z'],
    ['Good Friday 2027', '2027-03-26T11:00:00Z'],
  ])('%s at 11am is out of hours: the emergency duty team', (_, instant) => {
    expect(isLaOfficeHours(new Date(instant))).toBe(false);
  });

  it('is office hours on the working day after a bank holiday, and on a weekday a holiday was moved from', () => {
    expect(isLaOfficeHours(new Date('2026-05-05T10:00:00Z'))).toBe(true); // Tuesday after early May
    expect(isLaOfficeHours(new Date('2027-12-29T11:00:00Z'))).toBe(true); // Wednesday after both substitutes
  });

  it('reads the bank holidays it is given (a newer file loaded with npm run bank-holidays)', () => {
    const monday = new Date('2026-11-23T11:00:00Z');
    expect(isLaOfficeHours(monday, new Set(['2026-11-23']))).toBe(false);
    expect(isLaOfficeHours(monday, new Set())).toBe(true);
  });
});

/** Easter Sunday (anonymous Gregorian algorithm), to check the shipped file independently of how it was made. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const shiftDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the shipped England and Wales bank holidays', () => {
  it.each([2026, 2027, 2028, 2029, 2030])(
    '%i has its eight holidays, Easter where it falls, none at a weekend',
    (year) => {
      const dates = [...englandAndWalesBankHolidays].filter((date) => date.startsWith(`${year}-`));
      expect(dates).toHaveLength(8);
      expect(dates).toContain(shiftDays(easterSunday(year), -2));
      expect(dates).toContain(shiftDays(easterSunday(year), 1));
      for (const date of dates) expect([0, 6]).not.toContain(new Date(`${date}T12:00:00Z`).getUTCDay());
    },
  );

  it('matches the dates GOV.UK publishes for 2026 and 2027', () => {
    const of = (year: number) => [...englandAndWalesBankHolidays].filter((date) => date.startsWith(`${year}-`));
    expect(of(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(of(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });
});
