import type { ReadyResponse } from '../contract/index.ts';

export const readyFixture: ReadyResponse = { status: 'ready', database: { engine: 'pglite' } };
