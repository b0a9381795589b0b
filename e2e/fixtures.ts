import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as every NHS service must meet. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/**
 * Chromium logs every 4xx answer as "Failed to load resource". From the API those are answers the
 * app handles (401 when signed out, 400 ROLE_REQUIRED), not faults; any other such line still fails.
 */
function isHandledApiAnswer(message: ConsoleMessage): boolean {
  const { url } = message.location();
  return (
    /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(message.text()) &&
    url !== '' &&
    new URL(url).pathname.startsWith('/api/')
  );
}

/**
 * Every e2e test fails on a request that leaves this machine (the app must make no third-party
 * request) and on a console error (a CSP violation or an uncaught exception shows up there).
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page }, use) => {
      const offHost: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offHost.push(url.origin);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && !isHandledApiAnswer(message)) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use();
      expect(offHost, 'requests that left 127.0.0.1').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
