import { readyFixture } from './fixtures.ts';
import { mockEndpoint } from './http.ts';

/** The happy path for every endpoint: what `npm run dev:mock`, Storybook and tests start from. */
export const handlers = [mockEndpoint('health', 200, { status: 'ok' }), mockEndpoint('ready', 200, readyFixture)];
