import { describe, expect, it } from 'vitest';
import { datePartsOf, datePartsProblem, noDate, readDateParts } from './date-parts.ts';

const read = readDateParts('From date');

describe('date parts (the NHS date input)', () => {
  it('reads a real date as YYYY-MM-DD, and three empty fields as no date', () => {
    expect(read({ day: '1', month: '11', year: '2026' })).toEqual({ value: '2026-11-01' });
    expect(read({ day: ' 29 ', month: '02', year: '2028' })).toEqual({ value: '2028-02-29' });
    expect(read(noDate)).toEqual({ value: undefined });
  });

  it('names the missing fields and marks only them', () => {
    expect(datePartsProblem('From date', { day: '1', month: '', year: '2026' })).toEqual({
      message: 'From date must include a month',
      parts: ['month'],
    });
    expect(datePartsProblem('To date', { day: '', month: '11', year: '' })).toEqual({
      message: 'To date must include a day and year',
      parts: ['day', 'year'],
    });
  });

  it('refuses what is not a real date, marking the field at fault', () => {
    expect(datePartsProblem('From date', { day: '31', month: '11', year: '2026' })).toEqual({
      message: 'From date must be a real date',
      parts: ['day'],
    });
    expect(datePartsProblem('From date', { day: '29', month: '2', year: '2026' })?.parts).toEqual(['day']);
    expect(datePartsProblem('From date', { day: '1', month: '13', year: '2026' })?.parts).toEqual(['month']);
    expect(datePartsProblem('From date', { day: 'x', month: '1', year: '2026' })?.parts).toEqual(['day']);
    expect(datePartsProblem('From date', { day: '1', month: '1', year: '26' })).toEqual({
      message: 'From date year must include 4 numbers',
      parts: ['year'],
    });
    expect(read({ day: '1', month: '1', year: '26' })).toEqual({ problem: 'From date year must include 4 numbers' });
  });

  it('shows a date from the URL in its three fields', () => {
    expect(datePartsOf('2026-11-01')).toEqual({ day: '1', month: '11', year: '2026' });
    expect(datePartsOf(undefined)).toEqual(noDate);
    expect(datePartsOf('1 November')).toEqual(noDate);
  });
});
