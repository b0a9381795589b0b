/**
 * npm run screenshots: the check's main states in Chromium at 1366 x 768 (the commonest NHS desktop),
 * as PNGs in docs/screenshots/ for the README. Runs the real BFF on a fresh in-memory demo store,
 * serving the built SPA (npm run screenshots builds it first). Only the first screen is kept, as a
 * receptionist sees it without scrolling, which keeps the files small (about 100 KB each).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { answerLookupsUnavailable, CheckPage } from '../e2e/pages/check-page.ts';

const port = Number(process.env.SCREENSHOTS_PORT ?? 3102);
const origin = `http://127.0.0.1:${port}`;
const out = 'docs/screenshots';
const RECEPTIONIST = '555000000001';
const CLINICIAN = '555000000002';

const shots: { file: string; card: string; nhsNumber: string; heading: RegExp; unavailable?: boolean }[] = [
  { file: 'plan-found-reception.png', card: RECEPTIONIST, nhsNumber: '9990000018', heading: /1 plan found/ },
  { file: 'two-plans-clinician.png', card: CLINICIAN, nhsNumber: '9990000077', heading: /2 plans found/ },
  { file: 'ended-plan-clinician.png', card: CLINICIAN, nhsNumber: '9990000085', heading: /1 plan found/ },
  { file: 'no-information.png', card: RECEPTIONIST, nhsNumber: '9990000115', heading: /No CP-IS information/ },
  {
    file: 'could-not-be-checked.png',
    card: RECEPTIONIST,
    nhsNumber: '9990000018',
    heading: /could not be checked/,
    unavailable: true,
  },
];

async function waitForBff(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${origin}/api/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The BFF did not become ready on ${origin}`);
}

async function shoot(page: Page, shot: (typeof shots)[number]): Promise<void> {
  if (shot.unavailable) await answerLookupsUnavailable(page);
  const check = await CheckPage.signedInAs(page, shot.card);
  await check.enter(shot.nhsNumber);
  await check.result(shot.heading).waitFor();
  // The field keeps focus after typing; a screenshot shows the page as it is read, not its focus ring.
  await check.field().blur();
  await page.screenshot({ path: `${out}/${shot.file}` });
  console.log(`${out}/${shot.file}`);
}

const bff = spawn('npx', ['tsx', 'server/main.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DIR: 'memory',
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  mkdirSync(out, { recursive: true });
  await waitForBff();
  for (const shot of shots) {
    const context = await browser.newContext({ baseURL: origin, viewport: { width: 1366, height: 768 } });
    await shoot(await context.newPage(), shot);
    await context.close();
  }
} finally {
  await browser.close();
  process.kill(-bff.pid!, 'SIGTERM');
}
