import type { PdsMatch, PdsSearchRequest, PdsSearchResponse } from '#contract';
import { mockEndpoint } from './http.ts';

// Synthetic: the PDS stand-in's people (README "Finding the NHS number"), as the BFF would answer.
const maisie: PdsMatch = {
  nhsNumber: '9990000018',
  score: 1,
  familyName: 'Ashdown',
  givenName: 'Maisie',
  gender: 'female',
  dateOfBirth: '2019-03-14',
  postcode: 'B12 9QZ',
  restricted: false,
};
const twins: PdsMatch[] = [
  {
    ...maisie,
    nhsNumber: '9990010013',
    familyName: 'Brightwell',
    givenName: 'Ava',
    dateOfBirth: '2020-06-11',
    postcode: 'LS8 4QJ',
  },
  {
    ...maisie,
    nhsNumber: '9990010021',
    familyName: 'Brightwell',
    givenName: 'Noah',
    gender: 'male',
    dateOfBirth: '2020-06-11',
    postcode: 'LS8 4QJ',
  },
];
const ellie: PdsMatch = {
  nhsNumber: '9990010048',
  score: 1,
  familyName: 'Wolverton',
  givenName: 'Ellie',
  gender: 'female',
  dateOfBirth: '2017-02-08',
  restricted: true,
};
const oscar: PdsMatch = {
  nhsNumber: '9990000077',
  score: 0.9,
  familyName: 'Thistlewood',
  givenName: 'Oscar',
  gender: 'male',
  dateOfBirth: '2016-05-25',
  postcode: 'M14 7WS',
  restricted: false,
};

const matches = (...found: PdsMatch[]): PdsSearchResponse => ({ outcome: 'matches', matches: found });

export const pdsFixtures = {
  maisie: () => matches(maisie),
  twins: () => matches(...twins),
  restricted: () => matches(ellie),
  closeAndPossible: () => matches(oscar, { ...oscar, nhsNumber: '9991000011', givenName: 'Oskar', score: 0.7 }),
  noMatch: (): PdsSearchResponse => ({ outcome: 'no-match', matches: [] }),
  tooManyMatches: (): PdsSearchResponse => ({ outcome: 'too-many-matches', matches: [] }),
};

/** The mock PDS: the stand-in's trace cases by family name; anyone else is no match. */
export function pdsAnswerFor(search: PdsSearchRequest): PdsSearchResponse {
  switch (search.familyName.toLowerCase()) {
    case 'ashdown':
      return pdsFixtures.maisie();
    case 'brightwell':
      return pdsFixtures.twins();
    case 'wolverton':
      return pdsFixtures.restricted();
    case 'thistlewod':
      return search.fuzzy ? pdsFixtures.closeAndPossible() : pdsFixtures.noMatch();
    case 'smith':
      return search.givenName ? pdsFixtures.noMatch() : pdsFixtures.tooManyMatches();
    default:
      return pdsFixtures.noMatch();
  }
}

/** The BFF's answer when PDS does not answer: never "no match". */
export const mockPdsUnavailable = () =>
  mockEndpoint('createPdsSearch', 503, {
    error: {
      code: 'PDS_UNAVAILABLE',
      message:
        'PDS could not be searched. This does not mean the child is not on PDS: try again, or ask for the NHS number.',
    },
  });
