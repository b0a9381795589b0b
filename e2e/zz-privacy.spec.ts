import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { addDays, daysBetween, englandDate, formatDate } from '#contract';
import { BFF_LOG_FILE, expect, test, VISITED_URLS_FILE } from './fixtures.ts';
import { demoCard, SignInPage } from './pages/sign-in-page.ts';

/*
 * The last spec of a run: Playwright runs files in name order with one worker (playwright.config.ts),
 * so this reads what every spec before it left. A spec, not a globalTeardown, so that a leak counts as
 * a failed test in the report CI sums, not only as a non-zero exit.
 */

// As DEMO_ANCHOR_DATE in server/ingest/demo.ts (e2e may not import server/): the demo's dates are
// written as of this day and moved forward by the days since, when the BFF loads them.
const DEMO_ANCHOR_DATE = '2026-11-21';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Identifier {
  kind: string;
  pattern: RegExp;
}

/** The demo people's names and dates of birth (as loaded today), and any 999-range NHS number. */
function demoIdentifiers(): Identifier[] {
  const people: Record<string, string>[] = parse(readFileSync('data/demo/extract.csv'), { columns: true });
  const shift = daysBetween(DEMO_ANCHOR_DATE, englandDate(new Date()));
  const names = new Set(people.flatMap((person) => [person.family_name!, person.given_name!]));
  const births = new Set(people.map((person) => addDays(person.date_of_birth!, shift)));
  return [
    // Not preceded by a digit or a point: a response time such as 3.9990001234 is not an NHS number.
    { kind: 'an NHS number', pattern: /(?<![\d.])999[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g },
    ...[...names].map((name) => ({ kind: 'a demo name', pattern: new RegExp(`\\b${escape(name)}\\b`, 'gi') })),
    ...[...births].flatMap((date) => [
      { kind: 'a demo date of birth', pattern: new RegExp(escape(date), 'g') },
      { kind: 'a demo date of birth', pattern: new RegExp(escape(formatDate(date)), 'gi') },
    ]),
  ];
}

function filesNamed(dir: string, name: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => basename(path) === name)
    .map((path) => join(dir, path));
}

/** URLs as sent and as read: an NHS number in a query string is "999%20000%200018" on the wire. */
function decoded(url: string): string {
  try {
    return `${url}\n${decodeURIComponent(url)}`;
  } catch {
    return url;
  }
}

test('a receptionist checks a demo NHS number (for the privacy check below to read)', async ({ page }) => {
  await page.goto('/sign-in');
  await new SignInPage(page).signInAs(demoCard('555000000001'));
  await page.getByLabel('NHS number').fill('999 000 0018');
  await expect(page.getByRole('heading', { name: /^CP-IS: 1 plan found/ })).toBeVisible();
});

test('no NHS number, demo name or date of birth is in the BFF log or any URL the browser visited', async () => {
  const { outputDir } = test.info().project;
  const logs = ['test-results/e2e-bff.log', ...filesNamed(outputDir, BFF_LOG_FILE)];
  const urlFiles = filesNamed(outputDir, VISITED_URLS_FILE);

  // The capture works: the check above is in the log and its request in the URLs.
  await expect.poll(() => readFileSync(logs[0]!, 'utf8')).toContain('"msg":"CP-IS lookup"');
  expect(urlFiles.map((file) => readFileSync(file, 'utf8')).join('\n')).toContain('/api/cpis/lookups');

  const sources = [
    ...logs.map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    ...urlFiles.map((file) => ({ file, text: readFileSync(file, 'utf8').split('\n').map(decoded).join('\n') })),
  ];
  const found = sources.flatMap(({ file, text }) =>
    demoIdentifiers().flatMap(({ kind, pattern }) =>
      [...new Set(text.match(pattern) ?? [])].map((match) => `${relative('.', file)}: ${kind} (${match})`),
    ),
  );
  expect(found, 'patient identifiers in logs or URLs').toEqual([]);
});
