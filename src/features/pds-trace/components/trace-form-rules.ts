import { pdsSearchRequestSchema, type PdsGender, type PdsSearchRequest } from '#contract';

export interface TraceFormValues {
  familyName: string;
  givenName: string;
  dateOfBirth: { day: string; month: string; year: string };
  gender: PdsGender | '';
  postcode: string;
}

export const emptyTraceForm: TraceFormValues = {
  familyName: '',
  givenName: '',
  dateOfBirth: { day: '', month: '', year: '' },
  gender: '',
  postcode: '',
};

/** Field ids: the error summary links to them. */
export const traceFieldIds = {
  familyName: 'trace-family-name',
  givenName: 'trace-given-name',
  dateOfBirth: 'trace-date-of-birth',
  gender: 'trace-gender',
  postcode: 'trace-postcode',
} as const;

export type TraceField = keyof typeof traceFieldIds;
export type TraceProblems = Partial<Record<TraceField, string>>;

const { shape } = pdsSearchRequestSchema;

function dateOfBirthProblem({ day, month, year }: TraceFormValues['dateOfBirth'], today: string): string | undefined {
  if (!day && !month && !year) return 'Enter a date of birth';
  if (!day || !month || !year) return 'Date of birth must include a day, month and year';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return 'Date of birth must be a real date';
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!shape.dateOfBirth.safeParse(iso).success) return 'Date of birth must be a real date';
  if (iso > today) return 'Date of birth must be today or in the past';
  return undefined;
}

const nameProblem = (value: string, label: string, required: boolean): string | undefined => {
  if (!value.trim()) return required ? `Enter a ${label.toLowerCase()}` : undefined;
  return shape.familyName.safeParse(value).success
    ? undefined
    : `${label} must only include letters, spaces, hyphens and apostrophes`;
};

/** The form's problems, in page order, or the request to send. `today` is YYYY-MM-DD in England. */
export function checkTraceForm(
  values: TraceFormValues,
  today: string,
): { problems: TraceProblems; request?: PdsSearchRequest } {
  const problems: TraceProblems = {};
  const familyName = nameProblem(values.familyName, 'Family name', true);
  if (familyName) problems.familyName = familyName;
  const givenName = nameProblem(values.givenName, 'Given name', false);
  if (givenName) problems.givenName = givenName;
  const dateOfBirth = dateOfBirthProblem(values.dateOfBirth, today);
  if (dateOfBirth) problems.dateOfBirth = dateOfBirth;
  if (values.postcode.trim() && !shape.postcode.safeParse(values.postcode).success) {
    problems.postcode = 'Enter a full UK postcode, like LS1 4AP';
  }
  if (Object.keys(problems).length > 0) return { problems };
  const { day, month, year } = values.dateOfBirth;
  return {
    problems,
    request: {
      familyName: values.familyName.trim(),
      ...(values.givenName.trim() ? { givenName: values.givenName.trim() } : {}),
      dateOfBirth: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
      ...(values.gender ? { gender: values.gender } : {}),
      ...(values.postcode.trim() ? { postcode: values.postcode.trim().toUpperCase() } : {}),
    },
  };
}
