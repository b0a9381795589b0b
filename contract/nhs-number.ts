/** Why a string is not a usable NHS number, in words a receptionist can act on. */
export type NhsNumberProblem = 'empty' | 'not-digits' | 'wrong-length' | 'check-digit';

export const nhsNumberProblemMessages: Record<NhsNumberProblem, string> = {
  empty: 'Enter an NHS number',
  'not-digits': 'NHS number must only include numbers and spaces',
  'wrong-length': 'NHS number must be 10 digits',
  'check-digit': 'Enter a valid NHS number: check you have typed it correctly',
};

/** Removes the spaces people type or paste (943 476 5919); keeps everything else for the checks. */
export const stripNhsNumber = (input: string): string => input.replace(/\s+/g, '');

/** The Modulus 11 check digit of the first nine digits, or undefined where no valid number exists. */
export function nhsCheckDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** The problem with an input, or undefined when it is a valid NHS number (spaces allowed). */
export function nhsNumberProblem(input: string): NhsNumberProblem | undefined {
  const digits = stripNhsNumber(input);
  if (digits === '') return 'empty';
  if (!/^\d+$/.test(digits)) return 'not-digits';
  if (digits.length !== 10) return 'wrong-length';
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? undefined : 'check-digit';
}

/** Shown as 943 476 5919, the NHS way. */
export function formatNhsNumber(input: string): string {
  const digits = stripNhsNumber(input);
  return digits.length === 10 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : input;
}
