import { tz } from '@date-fns/tz';
import { addDays as addCalendarDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * Dates in CP-IS are calendar dates in England: "today" is today in London, not in UTC, and times
 * are shown on London's clock, summer time included. The SPA, the BFF and e2e all use these.
 */
const england = tz('Europe/London');

/** The calendar date (YYYY-MM-DD) in England at an instant. */
export const englandDate = (instant: Date): string => format(instant, 'yyyy-MM-dd', { in: england });

/** Adds whole days to a YYYY-MM-DD date. */
export const addDays = (isoDate: string, days: number): string =>
  format(addCalendarDays(parseISO(isoDate, { in: england }), days), 'yyyy-MM-dd');

/** Days from one YYYY-MM-DD date to another (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number =>
  differenceInCalendarDays(parseISO(to, { in: england }), parseISO(from, { in: england }));

// Shown dates use the platform's Intl with the same zone: date-fns' format() would bring its locale
// into the SPA's initial bundle (7.5 KB gzipped, measured) for what Intl already does.
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
