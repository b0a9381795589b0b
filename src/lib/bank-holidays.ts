import { bankHolidaysFileSchema } from '#contract';
import shipped from './bank-holidays.json';

/** England and Wales bank holidays as YYYY-MM-DD. Shipped with the app; `npm run bank-holidays` loads a newer file. */
export const englandAndWalesBankHolidays: ReadonlySet<string> = new Set(
  bankHolidaysFileSchema.parse(shipped)['england-and-wales'].events.map((event) => event.date),
);
