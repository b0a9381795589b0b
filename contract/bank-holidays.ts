import * as z from 'zod/mini';

/**
 * GOV.UK's bank holidays file (https://www.gov.uk/bank-holidays.json): one division per nation.
 * LA office hours follow England and Wales, as CP-IS covers English local authorities.
 */
export const bankHolidaysFileSchema = z.object({
  'england-and-wales': z.object({
    division: z.literal('england-and-wales'),
    events: z
      .array(
        z.object({
          title: z.string().check(z.minLength(1)),
          date: z.iso.date(),
          notes: z.string(),
          bunting: z.boolean(),
        }),
      )
      .check(z.minLength(1)),
  }),
});
export type BankHolidaysFile = z.infer<typeof bankHolidaysFileSchema>;
