import type { Attendance, AttendanceDetailResponse, AttendancesResponse, Review } from '#contract';
import { lookupFixtures } from './lookups.ts';

// Synthetic attendances at the demo ED of people in the demo store (README "Demo data").
const maisie: Attendance = {
  id: '0b6c1f0e-8a51-4d8e-9a7c-3f2b1e4d5c6a',
  at: '2026-11-21T14:05:00.000Z',
  settingType: 'emergency-department',
  nhsNumber: '9990000018',
  person: { familyName: 'Ashdown', givenName: 'Maisie', dateOfBirth: '2019-03-14' },
  planTypes: ['CPP'],
  localAuthorities: [{ code: 'E08000025', name: 'Birmingham City Council' }],
  firstCheckedByRole: 'registration',
  reviews: [],
};

const oscar: Attendance = {
  id: '5d2e7a9b-1c3f-4e6a-8b0d-2f4a6c8e0b1d',
  at: '2026-11-20T09:40:00.000Z',
  settingType: 'emergency-department',
  nhsNumber: '9990000077',
  person: { familyName: 'Thistlewood', givenName: 'Oscar', dateOfBirth: '2016-05-25' },
  planTypes: ['CPP', 'LAC'],
  localAuthorities: [
    { code: 'E08000003', name: 'Manchester City Council' },
    { code: 'E08000035', name: 'Leeds City Council' },
  ],
  firstCheckedByRole: 'clinician',
  reviews: [],
};

export const reviewFixture: Review = {
  outcome: 'contacted-local-authority',
  note: 'Rang the emergency duty team; they knew of the attendance.',
  reviewer: { name: 'Sam Okafor', jobRoleName: 'Safeguarding Lead' },
  reviewedAt: '2026-11-21T15:10:00.000Z',
};

const list = (attendances: Attendance[], overrides: Partial<AttendancesResponse> = {}): AttendancesResponse => ({
  attendances,
  total: attendances.length,
  unreviewed: attendances.filter((a) => a.reviews.length === 0).length,
  page: 1,
  status: 'unreviewed',
  from: '2026-11-15',
  to: '2026-11-21',
  ...overrides,
});

const detail = (attendance: Attendance, plans: AttendanceDetailResponse['plans']): AttendanceDetailResponse => ({
  attendance,
  plans,
  visits: lookupFixtures.twoPlans('clinician').visits ?? [],
});

const fullPlans = (fixture: ReturnType<typeof lookupFixtures.activeCpp>) =>
  fixture.plans as AttendanceDetailResponse['plans'];

export const safeguardingFixtures = {
  unreviewed: () => list([maisie, oscar]),
  empty: () => list([]),
  /** Page 1 of 2: 50 shown of 62. */
  firstOfTwoPages: () =>
    list(
      Array.from({ length: 50 }, (_, i) => ({
        ...maisie,
        id: `0b6c1f0e-8a51-4d8e-9a7c-${String(i).padStart(12, '0')}`,
      })),
      { total: 62, unreviewed: 62 },
    ),
  maisie: () => detail(maisie, fullPlans(lookupFixtures.activeCpp('safeguarding-lead'))),
  maisieReviewed: () =>
    detail({ ...maisie, reviews: [reviewFixture] }, fullPlans(lookupFixtures.activeCpp('safeguarding-lead'))),
  maisieId: maisie.id,
};
