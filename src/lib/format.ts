// Dates and times the NHS way, in England's time zone: "21 November 2026", "2:30pm".
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/** A calendar date (YYYY-MM-DD) as "21 November 2026". */
export const formatDate = (isoDate: string): string => dateFormat.format(new Date(`${isoDate}T12:00:00Z`));

/** An instant as "2:30pm" in England. */
export const formatTime = (instant: string | Date): string =>
  timeFormat.format(new Date(instant)).replace(/\s/g, '').toLowerCase();

/** An instant as "21 November 2026 at 2:30pm" in England. */
export const formatDateTime = (instant: string | Date): string => {
  const date = new Date(instant);
  return `${dateFormat.format(date)} at ${formatTime(date)}`;
};

const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/London',
});

/** Today's date in England as YYYY-MM-DD, for "not in the future" checks. */
export const isoDateInEngland = (instant: Date): string => isoDateFormat.format(instant);
