import { lookupResponseSchema, visibleTo, type LookupPlan, type LookupResponse, type Role } from '#contract';
import { sessionFixture } from './fixtures.ts';

// Synthetic: the demo store's people (README "Demo data"), as the BFF would answer for them.
const birmingham = {
  code: 'E08000025',
  name: 'Birmingham City Council',
  officeHoursPhone: '0121 496 0101',
  emergencyDutyPhone: '0121 496 0909',
};
const leeds = {
  code: 'E08000035',
  name: 'Leeds City Council',
  officeHoursPhone: '0113 496 0606',
  emergencyDutyPhone: '0113 496 0696',
};
const manchester = {
  code: 'E08000003',
  name: 'Manchester City Council',
  officeHoursPhone: '0161 496 0303',
  emergencyDutyPhone: '0161 496 0707',
};

const checkedAt = '2026-11-21T14:30:00.000Z';
const freshData = '2026-11-21T06:00:00.000Z';

type FullPlan = Required<LookupPlan>;

/** The answer as the BFF sends it to `role`: the contract's gated fields it may not see left out. */
const forRole = (response: LookupResponse, role: Role): LookupResponse =>
  visibleTo(lookupResponseSchema, response, sessionFixture(role).permissions);

const activeCpp: FullPlan = {
  type: 'CPP',
  status: 'active',
  legalStatus: null,
  startDate: '2026-06-02',
  endDate: null,
  expectedDeliveryDate: null,
  overdue: false,
  localAuthority: birmingham,
  dataAsOf: freshData,
};

const visits = [
  {
    // Reception checked first at this attendance, 25 minutes before the fixtures' check.
    at: '2026-11-21T14:05:00.000Z',
    organisation: { code: 'RX101', name: 'Example General Hospital ED' },
    settingType: 'emergency-department' as const,
    viewerRole: 'registration' as const,
    thisAttendance: true,
  },
  {
    at: '2026-10-02T19:10:00.000Z',
    organisation: { code: 'RX102', name: 'Example Town Walk-in Centre' },
    settingType: 'walk-in-centre' as const,
    viewerRole: 'clinician' as const,
    thisAttendance: false,
  },
  {
    at: '2026-08-14T10:45:00.000Z',
    organisation: { code: 'RX101', name: 'Example General Hospital ED' },
    settingType: 'emergency-department' as const,
    viewerRole: 'registration' as const,
    thisAttendance: false,
  },
];

function plansFound(
  nhsNumber: string,
  person: LookupResponse['person'],
  plans: FullPlan[],
  role: Role,
): LookupResponse {
  return forRole(
    {
      lookupId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      checkedAt,
      nhsNumber,
      outcome: 'plans-found',
      person,
      plans,
      visits,
    },
    role,
  );
}

export const lookupFixtures = {
  activeCpp: (role: Role = 'registration') =>
    plansFound(
      '9990000018',
      { familyName: 'Ashdown', givenName: 'Maisie', dateOfBirth: '2019-03-14' },
      [activeCpp],
      role,
    ),
  twoPlans: (role: Role = 'registration') =>
    plansFound(
      '9990000077',
      { familyName: 'Thistlewood', givenName: 'Oscar', dateOfBirth: '2016-05-25' },
      [
        { ...activeCpp, startDate: '2026-03-12', localAuthority: leeds },
        { ...activeCpp, type: 'LAC', legalStatus: 'S20', startDate: '2025-10-01', localAuthority: manchester },
      ],
      role,
    ),
  overdueUnborn: (role: Role = 'registration') =>
    plansFound(
      '9990000107',
      { familyName: 'Holloway-Price', givenName: 'Jade', dateOfBirth: '2001-10-28' },
      [{ ...activeCpp, type: 'UCPP', startDate: '2026-04-20', expectedDeliveryDate: '2026-10-01', overdue: true }],
      role,
    ),
  endedWithStaleData: (role: Role = 'registration') =>
    plansFound(
      '9990000085',
      { familyName: 'Kilbride', givenName: 'Amelia', dateOfBirth: '2018-12-05' },
      [
        {
          ...activeCpp,
          status: 'ended',
          startDate: '2025-04-01',
          endDate: '2026-08-21',
          dataAsOf: '2026-11-17T06:00:00.000Z',
        },
      ],
      role,
    ),
  noPlans: (role: Role = 'registration'): LookupResponse =>
    forRole(
      {
        lookupId: '7a2e3d4c-5b6f-4071-9b8c-0d1e2f3a4b5c',
        checkedAt,
        nhsNumber: '9990000115',
        outcome: 'no-plans',
        plans: [],
        visits: [],
      },
      role,
    ),
};

/** The moment the fixtures were checked, for stories and tests that show "call now". */
export const fixtureNow = new Date(checkedAt);

/** Moments that decide which LA number is "call now", for stories and tests. */
export const fixtureTimes = {
  /** Saturday 21 November 2026, 2:30pm: out of hours (the emergency duty team). */
  saturdayAfternoon: fixtureNow,
  /** Monday 23 November 2026, 10am: office hours. */
  mondayMorning: new Date('2026-11-23T10:00:00Z'),
  /** Christmas Day 2026, a Friday, 11am: a bank holiday, so out of hours. */
  christmasMorning: new Date('2026-12-25T11:00:00Z'),
};
