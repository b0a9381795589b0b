import { nhsCheckDigit } from '#contract';

/** A person in the stand-in's population, before it is written as a FHIR Patient. */
export interface Person {
  nhsNumber: string;
  familyName: string;
  givenName: string;
  gender: 'male' | 'female' | 'other' | 'unknown';
  dateOfBirth: string;
  postcode: string;
  /** v3-Confidentiality: U normal, R restricted, V very restricted, REDACTED. */
  security?: 'U' | 'R' | 'V' | 'REDACTED';
  /** Numbers this record replaced: reading one answers with this record (a superseded number). */
  supersedes?: string[];
  phone?: string;
}

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const CONFIDENTIALITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';

const securityDisplay = { U: 'unrestricted', R: 'restricted', V: 'very restricted', REDACTED: 'redacted' };

/** The FHIR Patient PDS would hold for this person (the stand-in strips what a restricted record hides). */
export function patientResource(person: Person): Record<string, unknown> {
  const security = person.security ?? 'U';
  return {
    resourceType: 'Patient',
    id: person.nhsNumber,
    meta: {
      versionId: '1',
      security: [{ system: CONFIDENTIALITY_SYSTEM, code: security, display: securityDisplay[security] }],
    },
    identifier: [
      { system: NHS_NUMBER_SYSTEM, value: person.nhsNumber },
      ...(person.supersedes ?? []).map((value) => ({ system: NHS_NUMBER_SYSTEM, value, use: 'old' })),
    ],
    name: [{ use: 'usual', family: person.familyName, given: person.givenName.split(' ') }],
    gender: person.gender,
    birthDate: person.dateOfBirth,
    address: [{ use: 'home', line: ['1 Synthetic Street'], postalCode: person.postcode }],
    ...(person.phone ? { telecom: [{ system: 'phone', use: 'home', value: person.phone }] } : {}),
    generalPractitioner: [
      { type: 'Organization', identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Y12345' } },
    ],
  };
}

/** The valid 999-range NHS numbers from `first` upwards (999 is a test range never issued). */
export function* nhsNumbersFrom(first: number): Generator<string> {
  for (let n = first; n < 999_999_999; n += 1) {
    const nine = String(n).padStart(9, '0');
    const check = nhsCheckDigit(nine);
    if (check !== undefined) yield `${nine}${check}`;
  }
}
