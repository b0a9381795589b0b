/**
 * Which LA number to ring now: office hours are 9:00am to 5:00pm Monday to Friday in England;
 * any other time (bank holidays included, which this does not know) is the emergency duty team.
 */
export function isLaOfficeHours(now: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
    timeZone: 'Europe/London',
  }).formatToParts(now);
  const weekday = parts.find((part) => part.type === 'weekday')?.value ?? '';
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  return !['Sat', 'Sun'].includes(weekday) && hour >= 9 && hour < 17;
}
