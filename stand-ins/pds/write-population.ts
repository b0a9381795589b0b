/**
 * Writes population.ndjson, the stand-in's curated people: every demo CP-IS person (the same names
 * and dates of birth as data/demo/extract.csv) and the trace cases the README lists. The few
 * thousand ordinary children are not in the file: the stand-in generates them from a fixed seed.
 * Run: npx tsx stand-ins/pds/write-population.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { nhsNumbersFrom, patientResource, type Person } from './people.ts';

const extract = parse(readFileSync(new URL('../../data/demo/extract.csv', import.meta.url)), {
  columns: true,
}) as Record<string, string>[];

/** What the extract does not say: gender and home postcode, near the child's LA. */
const demoDetails: Record<string, Pick<Person, 'gender' | 'postcode'>> = {
  '9990000018': { gender: 'female', postcode: 'B12 9QZ' },
  '9990000026': { gender: 'male', postcode: 'BS5 6XW' },
  '9990000034': { gender: 'female', postcode: 'M14 5RJ' },
  '9990000042': { gender: 'male', postcode: 'SE15 4NU' },
  '9990000050': { gender: 'female', postcode: 'ME4 6QD' },
  '9990000069': { gender: 'female', postcode: 'LS8 2PF' },
  '9990000077': { gender: 'male', postcode: 'M14 7WS' },
  '9990000085': { gender: 'female', postcode: 'B12 8UA' },
  '9990000093': { gender: 'male', postcode: 'BS5 0LT' },
  '9990000107': { gender: 'female', postcode: 'SE15 2DG' },
};

const demo = new Map<string, Person>();
for (const row of extract) {
  const nhsNumber = row.nhs_number!.replace(/\s/g, '');
  demo.set(nhsNumber, {
    nhsNumber,
    familyName: row.family_name!,
    givenName: row.given_name!,
    dateOfBirth: row.date_of_birth!,
    ...demoDetails[nhsNumber]!,
    phone: '01632 960100',
  });
}

// The README's "no plan" demo numbers are ordinary children on PDS.
const noPlan: Person[] = [
  {
    nhsNumber: '9990000115',
    familyName: 'Lindqvist',
    givenName: 'Poppy',
    gender: 'female',
    dateOfBirth: '2020-01-29',
    postcode: 'NE6 1XP',
  },
  {
    nhsNumber: '9990000123',
    familyName: 'Oyelaran',
    givenName: 'Daniel',
    gender: 'male',
    dateOfBirth: '2013-06-06',
    postcode: 'L8 3TE',
  },
  {
    nhsNumber: '9990000131',
    familyName: 'Castellano',
    givenName: 'Sofia',
    gender: 'female',
    dateOfBirth: '2022-10-12',
    postcode: 'S2 4HN',
  },
];

const numbers = nhsNumbersFrom(999_001_000);
const next = () => numbers.next().value as string;
const person = (fields: Omit<Person, 'nhsNumber'>): Person => ({ nhsNumber: next(), ...fields });

const oldFreya = next();
const cases: Person[] = [
  // Twins: same family name, date of birth and postcode.
  person({
    familyName: 'Brightwell',
    givenName: 'Ava',
    gender: 'female',
    dateOfBirth: '2020-06-11',
    postcode: 'LS8 4QJ',
  }),
  person({
    familyName: 'Brightwell',
    givenName: 'Noah',
    gender: 'male',
    dateOfBirth: '2020-06-11',
    postcode: 'LS8 4QJ',
  }),
  // Restricted (R): answered without address, telecom or GP; never found by postcode.
  person({
    familyName: 'Wolverton',
    givenName: 'Ellie',
    gender: 'female',
    dateOfBirth: '2017-02-08',
    postcode: 'NG7 2RT',
    security: 'R',
    phone: '01632 960777',
  }),
  // Superseded: the old number reads as this record.
  person({
    familyName: 'Stanbury',
    givenName: 'Freya',
    gender: 'female',
    dateOfBirth: '2019-09-30',
    postcode: 'CV1 5FB',
    supersedes: [oldFreya],
  }),
  // Redacted: PDS will not show it (404 INVALIDATED_RESOURCE), nor find it.
  person({
    familyName: 'Redmayne',
    givenName: 'Kit',
    gender: 'male',
    dateOfBirth: '2016-03-03',
    postcode: 'BD3 9JE',
    security: 'REDACTED',
  }),
  // A common name: twelve Smiths born on one day (too many matches), three of them Oliver.
  ...[
    ['Oliver', 'male', 'B12 0AA'],
    ['Oliver', 'male', 'M14 1AB'],
    ['Oliver', 'male', 'LS8 3AD'],
    ['Amelia', 'female', 'B12 1BA'],
    ['Mia', 'female', 'BS5 2BB'],
    ['Harry', 'male', 'SE15 3BD'],
    ['Grace', 'female', 'ME4 4BE'],
    ['Jack', 'male', 'NE6 5BF'],
    ['Lily', 'female', 'L8 6BG'],
    ['George', 'male', 'S2 7BH'],
    ['Ivy', 'female', 'NG7 8BJ'],
    ['Arthur', 'male', 'CV1 9BL'],
  ].map(([givenName, gender, postcode]) =>
    person({
      familyName: 'Smith',
      givenName: givenName!,
      gender: gender as Person['gender'],
      dateOfBirth: '2018-05-01',
      postcode: postcode!,
    }),
  ),
];

const people = [...demo.values(), ...noPlan, ...cases];
const out = new URL('population.ndjson', import.meta.url);
writeFileSync(out, people.map((p) => JSON.stringify(patientResource(p))).join('\n') + '\n');
console.log(`wrote ${people.length} people to ${out.pathname}; superseded number ${oldFreya}`);
