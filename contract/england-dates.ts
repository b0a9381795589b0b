/**
 * Dates in CP-IS are calendar dates in England: "today" is today in London, not in UTC, and times
 * are shown on London's clock, summer time included. The SPA, the BFF and e2e all use these.
 * The platform's Intl does the time zone: a date library would be a tenth of the SPA's first download.
 */
const englandCalendarDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/London',
});

/** The calendar date (YYYY-MM-DD) in England at an instant. */
export const englandDate = (instant: Date): string => englandCalendarDate.format(instant);

// A calendar date has no time zone: its days are counted on UTC midnights, which no clock change moves.
const DAY_MS = 86_400_000;
const utcMidnight = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

/** Adds whole days to a YYYY-MM-DD date. */
export const addDays = (isoDate: string, days: number): string =>
  new Date(utcMidnight(isoDate) + days * DAY_MS).toISOString().slice(0, 10);

/** Days from one YYYY-MM-DD date to another (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const clockTime = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/** A calendar date (YYYY-MM-DD) the NHS way: "21 November 2026". */
export const formatDate = (isoDate: string): string => longDate.format(new Date(`${isoDate}T12:00:00Z`));

/** An instant as "2:30pm" in England. */
export const formatTime = (instant: string | Date): string =>
  clockTime.format(new Date(instant)).replace(/\s/g, '').toLowerCase();

/** An instant as "21 November 2026 at 2:30pm" in England. */
export const formatDateTime = (instant: string | Date): string =>
  `${longDate.format(new Date(instant))} at ${formatTime(instant)}`;
