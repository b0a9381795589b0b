import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { formatDate } from '#contract';
import { BFF_LOG_FILE, expect, test, VISITED_URLS_FILE } from './fixtures.ts';
import { CheckPage } from './pages/check-page.ts';
import { demoCard, SignInPage } from './pages/sign-in-page.ts';

/*
 * The last spec of a run: Playwright runs files in name order with one worker (playwright.config.ts),
 * so this reads what every spec before it left. A spec, not a globalTeardown, so that a leak counts as
 * a failed test in the report CI sums, not only as a non-zero exit.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Identifier {
  kind: string;
  pattern: RegExp;
}

/** The PDS stand-in's named people: every demo CP-IS person and the trace cases, as PDS holds them. */
function demoPeople(): { names: string[]; birthDates: string[]; postcodes: string[] } {
  const people = readFileSync('stand-ins/pds/population.ndjson', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          name: { family: string; given: string[] }[];
          birthDate: string;
          address?: { postalCode?: string }[];
        },
    );
  return {
    names: people.flatMap((person) => person.name.flatMap((name) => [name.family, ...name.given])),
    birthDates: people.map((person) => person.birthDate),
    postcodes: people.flatMap((person) => (person.address ?? []).flatMap((address) => address.postalCode ?? [])),
  };
}

/** Any 999-range NHS number, and the demo people's names, dates of birth and postcodes. */
function demoIdentifiers(): Identifier[] {
  const { names, birthDates, postcodes } = demoPeople();
  return [
    // Not preceded by a digit or a point: a response time such as 3.9990001234 is not an NHS number.
    { kind: 'an NHS number', pattern: /(?<![\d.])999[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g },
    ...[...new Set(names)].map((name) => ({ kind: 'a demo name', pattern: new RegExp(`\\b${escape(name)}\\b`, 'gi') })),
    ...[...new Set(birthDates)].flatMap((date) => [
      { kind: 'a demo date of birth', pattern: new RegExp(escape(date), 'g') },
      { kind: 'a demo date of birth', pattern: new RegExp(escape(formatDate(date)), 'gi') },
    ]),
    // In a URL a space is "+" or "%20" (decoded below), so either.
    ...[...new Set(postcodes)].map((postcode) => ({
      kind: 'a demo postcode',
      pattern: new RegExp(`\\b${escape(postcode).replace(' ', '[\\s+]?')}\\b`, 'gi'),
    })),
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
  await page.getByLabel('NHS number', { exact: true }).fill('999 000 0018');
  await expect(page.getByRole('heading', { name: /^CP-IS: 1 plan found/ })).toBeVisible();
});

test('a receptionist traces a demo child on PDS by every detail (for the privacy check below to read)', async ({
  page,
}) => {
  const check = await CheckPage.signedInAs(page, '555000000001');
  await check.trace({
    familyName: 'Brightwell',
    givenName: 'Noah',
    dateOfBirth: ['11', '6', '2020'],
    gender: 'Male',
    postcode: 'LS8 4QJ',
  });
  await expect(check.result('No CP-IS information for this NHS number')).toBeVisible();
});

test('no NHS number, demo name, date of birth or postcode is in a BFF log or any URL the browser visited', async () => {
  const { outputDir } = test.info().project;
  // The e2e BFF, the one whose PDS is down (playwright.config.ts), and any a spec started itself.
  const logs = [
    'test-results/e2e-bff.log',
    'test-results/e2e-bff-pds-down.log',
    ...filesNamed(outputDir, BFF_LOG_FILE),
  ];
  const urlFiles = filesNamed(outputDir, VISITED_URLS_FILE);

  // The capture works: the check and the trace above are in the log and their requests in the URLs.
  await expect.poll(() => readFileSync(logs[0]!, 'utf8')).toContain('"msg":"CP-IS lookup"');
  await expect.poll(() => readFileSync(logs[0]!, 'utf8')).toContain('"msg":"PDS trace"');
  const urls = urlFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  expect(urls).toContain('/api/cpis/lookups');
  expect(urls).toContain('/api/pds/searches');

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
