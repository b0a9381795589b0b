import { readyFixture, sessionFixture } from './fixtures.ts';
import { mockEndpoint } from './http.ts';

/** The happy path for every endpoint: what `npm run dev:mock`, Storybook and tests start from. */
export const handlers = [
  mockEndpoint('health', 200, { status: 'ok' }),
  mockEndpoint('ready', 200, readyFixture),
  // Signed in as the receptionist, so every screen behind sign-in can be shown.
  mockEndpoint('getSession', 200, () => sessionFixture()),
  mockEndpoint('createSession', 200, () => sessionFixture()),
  mockEndpoint('deleteSession', 200, { status: 'signed-out' }),
];
