import { stripNhsNumber, type LookupResponse, type PdsSearchRequest } from '#contract';
import { readyFixture, sessionFixture } from './fixtures.ts';
import { mockEndpoint } from './http.ts';
import { laDirectoryFixture, laFixtures, receiptFixtures, uploadsFixtures } from './la.ts';
import { lookupFixtures } from './lookups.ts';
import { pdsAnswerFor } from './pds.ts';
import { reviewFixture, safeguardingFixtures } from './safeguarding.ts';

/** The demo numbers the mocks know (README "Demo data"); any other valid number has no plan. */
const lookupsByNumber: Record<string, () => LookupResponse> = {
  '9990000018': () => lookupFixtures.activeCpp(),
  '9990000077': () => lookupFixtures.twoPlans(),
  '9990000085': () => lookupFixtures.endedWithStaleData(),
  '9990000107': () => lookupFixtures.overdueUnborn(),
};

/** The happy path for every endpoint: what `npm run dev:mock`, Storybook and tests start from. */
export const handlers = [
  mockEndpoint('health', 200, { status: 'ok' }),
  mockEndpoint('ready', 200, readyFixture),
  // Signed in as the receptionist, so every screen behind sign-in can be shown.
  mockEndpoint('getSession', 200, () => sessionFixture()),
  mockEndpoint('createSession', 200, () => sessionFixture()),
  mockEndpoint('deleteSession', 200, { status: 'signed-out' }),
  mockEndpoint('createLookup', 200, async (request) => {
    const { nhsNumber } = (await request.json()) as { nhsNumber: string };
    const digits = stripNhsNumber(nhsNumber);
    return lookupsByNumber[digits]?.() ?? { ...lookupFixtures.noPlans(), nhsNumber: digits };
  }),
  mockEndpoint('createPdsSearch', 200, async (request) => pdsAnswerFor((await request.json()) as PdsSearchRequest)),
  mockEndpoint('listAttendances', 200, () => safeguardingFixtures.unreviewed()),
  mockEndpoint('getAttendance', 200, () => safeguardingFixtures.maisie()),
  mockEndpoint('createReview', 200, { reviews: [reviewFixture] }),
  mockEndpoint('listNotifications', 200, () => laFixtures.newOnly()),
  mockEndpoint('getNotification', 200, () => laFixtures.detail()),
  mockEndpoint('createNotificationAction', 200, () => laFixtures.filed()),
  mockEndpoint('createExtract', 200, () => receiptFixtures.someRejected()),
  mockEndpoint('listUploads', 200, () => uploadsFixtures.recent()),
  mockEndpoint('getLaDirectory', 200, laDirectoryFixture),
  mockEndpoint('updateLaDirectory', 200, async (request) => ({
    ...laDirectoryFixture,
    ...((await request.json()) as object),
  })),
];
