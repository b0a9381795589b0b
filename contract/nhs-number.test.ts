import { describe, expect, it } from 'vitest';
import { formatNhsNumber, nhsCheckDigit, nhsNumberProblem } from './nhs-number.ts';

describe('NHS number', () => {
  it('accepts numbers with a valid Modulus 11 check digit, with or without spaces', () => {
    expect(nhsNumberProblem('9434765919')).toBeUndefined();
    expect(nhsNumberProblem('943 476 5919')).toBeUndefined();
    expect(nhsNumberProblem('9990000018')).toBeUndefined();
  });

  it('rejects numbers printed in NHS guidance whose check digit is wrong', () => {
    expect(nhsNumberProblem('485 777 3456')).toBe('check-digit');
    expect(nhsNumberProblem('999 123 4567')).toBe('check-digit');
    expect(nhsNumberProblem('9912003890')).toBe('check-digit');
  });

  it('says exactly what is wrong', () => {
    expect(nhsNumberProblem('')).toBe('empty');
    expect(nhsNumberProblem('   ')).toBe('empty');
    expect(nhsNumberProblem('943-476-5919')).toBe('not-digits');
    expect(nhsNumberProblem('943476591')).toBe('wrong-length');
    expect(nhsNumberProblem('94347659190')).toBe('wrong-length');
  });

  it('has no valid number where the check digit would be 10', () => {
    // 999000001: sum = 9*10 + 9*9 + 9*8 + 1*2 = 245; 245 mod 11 = 3; 11 - 3 = 8 (valid: 9990000018)
    expect(nhsCheckDigit('999000001')).toBe(8);
    // 100000006: 1*10 + 6*2 = 22; 22 mod 11 = 0 -> 11 -> 0
    expect(nhsCheckDigit('100000006')).toBe(0);
    // 100000000: 10; 10 mod 11 = 10; 11 - 10 = 1
    expect(nhsCheckDigit('100000000')).toBe(1);
    // 000000001: 2; 11 - 2 = 9
    expect(nhsCheckDigit('000000001')).toBe(9);
    expect(nhsCheckDigit('100000001')).toBeUndefined();
  });

  it('formats as 3 3 4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber('94347')).toBe('94347');
  });
});
