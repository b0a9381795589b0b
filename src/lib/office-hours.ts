import { englandAndWalesBankHolidays } from './bank-holidays.ts';

const englandParts = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: 'numeric',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/**
 * Which LA number to ring now: office hours are 9:00am to 5:00pm Monday to Friday in England, not on
 * a bank holiday; any other time is the emergency duty team.
 */
export function isLaOfficeHours(now: Date, bankHolidays: ReadonlySet<string> = englandAndWalesBankHolidays): boolean {
  const parts = Object.fromEntries(englandParts.formatToParts(now).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const hour = Number(parts.hour);
  return !['Sat', 'Sun'].includes(parts.weekday ?? '') && !bankHolidays.has(date) && hour >= 9 && hour < 17;
}
