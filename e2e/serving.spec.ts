import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** What the deployed build serves: the SPA, not the mock API's worker, and no page for a lost asset. */
test('the production build ships no mock service worker, and the BFF refuses one', async ({ request }) => {
  expect(existsSync('dist/mockServiceWorker.js')).toBe(false);
  expect((await request.get('/mockServiceWorker.js')).status()).toBe(404);
});

test('a missing asset is 404, not index.html: a broken deploy shows itself', async ({ request }) => {
  const response = await request.get('/assets/index-missing.js');
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain('<!doctype html>');
});
