import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as every NHS service must meet. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Where each test leaves the URLs its browser requested or went to, for the privacy check (zz-privacy.spec.ts). */
export const VISITED_URLS_FILE = 'visited-urls.txt';
/** What a spec that starts its own BFF names its log, in its output folder, for the same check. */
export const BFF_LOG_FILE = 'bff.log';

/**
 * Chromium logs every 4xx answer as "Failed to load resource". From the API those are answers the
 * app handles (401 when signed out, 400 ROLE_REQUIRED), not faults; any other such line still fails,
 * unless the test expects that status from the API (a 503 while the store is down).
 */
function isHandledApiAnswer(message: ConsoleMessage, alsoHandled: readonly number[]): boolean {
  const { url } = message.location();
  const status = /^Failed to load resource: the server responded with a status of (\d{3})\b/.exec(message.text());
  return (
    status !== null &&
    (status[1]!.startsWith('4') || alsoHandled.includes(Number(status[1]))) &&
    url !== '' &&
    new URL(url).pathname.startsWith('/api/')
  );
}

/**
 * Every e2e test fails on a request that leaves this machine (the app must make no third-party
 * request) and on a console error (a CSP violation or an uncaught exception shows up there), in any
 * browser context it opens. Every URL those browsers request or go to (client-side routes too) is
 * written down for the privacy check.
 */
export const test = base.extend<{ guards: void; handledApiStatuses: readonly number[] }>({
  handledApiStatuses: [[], { option: true }],
  guards: [
    async ({ browser, context, handledApiStatuses }, use, testInfo) => {
      const visited: string[] = [];
      const offHost: string[] = [];
      const consoleErrors: string[] = [];
      const watchPage = (page: Page) => {
        page.on('framenavigated', (frame) => visited.push(frame.url()));
        page.on('console', (message) => {
          if (message.type() === 'error' && !isHandledApiAnswer(message, handledApiStatuses)) {
            consoleErrors.push(message.text());
          }
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));
      };
      const watchContext = (watched: BrowserContext) => {
        watched.on('request', (request) => {
          visited.push(request.url());
          const url = new URL(request.url());
          if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offHost.push(url.origin);
        });
        watched.on('page', watchPage);
        watched.pages().forEach(watchPage);
      };
      watchContext(context);
      // Contexts a test opens itself (a second desk) too.
      browser.on('context', watchContext);
      try {
        await use();
      } finally {
        browser.off('context', watchContext);
        writeFileSync(testInfo.outputPath(VISITED_URLS_FILE), visited.join('\n'));
      }
      expect(offHost, 'requests that left 127.0.0.1').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
