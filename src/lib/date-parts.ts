import type { Reading } from './use-contract-form.ts';

/** A date as the NHS date input pattern asks for it: day, month and year in fields of their own. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DatePart = keyof DateParts;

const partNames: DatePart[] = ['day', 'month', 'year'];

export const noDate: DateParts = { day: '', month: '', year: '' };

/** A calendar date (YYYY-MM-DD) in its three fields, as the person would have typed it. */
export function datePartsOf(isoDate: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!match) return noDate;
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** What is wrong with a date typed in three fields, and which fields to mark; undefined when it is a real date or empty. */
export function datePartsProblem(label: string, parts: DateParts): { message: string; parts: DatePart[] } | undefined {
  const trimmed = partNames.map((name) => parts[name].trim());
  const missing = partNames.filter((_, i) => trimmed[i] === '');
  if (missing.length === 3) return undefined;
  if (missing.length > 0) return { message: `${label} must include a ${missing.join(' and ')}`, parts: missing };
  const [day, month, year] = trimmed.map(Number) as [number, number, number];
  const notNumbers = partNames.filter((_, i) => !/^\d+$/.test(trimmed[i]!));
  if (notNumbers.length > 0) return { message: `${label} must be a real date`, parts: notNumbers };
  if (!/^\d{4}$/.test(trimmed[2]!)) return { message: `${label} year must include 4 numbers`, parts: ['year'] };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12) return { message: `${label} must be a real date`, parts: ['month'] };
  if (date.getUTCDate() !== day) return { message: `${label} must be a real date`, parts: ['day'] };
  return undefined;
}

/** Reads a date input for a form: YYYY-MM-DD, nothing when all three fields are empty, or the problem. */
export function readDateParts(label: string) {
  return (parts: DateParts): Reading => {
    const problem = datePartsProblem(label, parts);
    if (problem) return { problem: problem.message };
    if (partNames.every((name) => parts[name].trim() === '')) return { value: undefined };
    const pad = (value: string, length: number) => value.trim().padStart(length, '0');
    return { value: `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}` };
  };
}
