/**
 * npm run screenshots: the check's main states in Chromium at 1366 x 768 (the commonest NHS desktop),
 * as PNGs in docs/screenshots/ for the README. Runs the real BFF on a fresh in-memory demo store,
 * serving the built SPA (npm run screenshots builds it first). Only the screen is kept, as a
 * receptionist sees it: the first screen, or for the trace's results where the search leaves them.
 * That keeps the files small (about 100 KB each).
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

interface Shot {
  file: string;
  card: string;
  /** What the receptionist does on the check page before the picture. */
  act: (check: CheckPage) => Promise<void>;
  unavailable?: boolean;
}

/** Types a number and waits for the outcome. */
const typed =
  (nhsNumber: string, heading: RegExp) =>
  async (check: CheckPage): Promise<void> => {
    await check.enter(nhsNumber);
    await check.result(heading).waitFor();
  };

const twins = { familyName: 'Brightwell', dateOfBirth: ['11', '6', '2020'] } as const;

const shots: Shot[] = [
  { file: 'plan-found-reception.png', card: RECEPTIONIST, act: typed('9990000018', /1 plan found/) },
  { file: 'two-plans-clinician.png', card: CLINICIAN, act: typed('9990000077', /2 plans found/) },
  { file: 'ended-plan-clinician.png', card: CLINICIAN, act: typed('9990000085', /1 plan found/) },
  { file: 'no-information.png', card: RECEPTIONIST, act: typed('9990000115', /No CP-IS information/) },
  {
    file: 'could-not-be-checked.png',
    card: RECEPTIONIST,
    act: typed('9990000018', /could not be checked/),
    unavailable: true,
  },
  {
    // The twins' results from their heading down, as the receptionist scrolls to them after "Search PDS".
    file: 'trace-twins.png',
    card: RECEPTIONIST,
    act: async (check) => {
      await check.trace({ ...twins, dateOfBirth: [...twins.dateOfBirth] });
      await check.traceResult('2 matches on PDS').waitFor();
      await check.page.evaluate("document.getElementById('trace-result-heading').scrollIntoView()");
    },
  },
  {
    file: 'flag-after-trace.png',
    card: RECEPTIONIST,
    act: async (check) => {
      await check.trace({ familyName: 'Ashdown', dateOfBirth: ['14', '3', '2019'] });
      await check.page.getByRole('button', { name: 'Choose Maisie Ashdown, 999 000 0018' }).click();
      await check.result(/1 plan found/).waitFor();
    },
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

async function shoot(page: Page, shot: Shot): Promise<void> {
  if (shot.unavailable) await answerLookupsUnavailable(page);
  const check = await CheckPage.signedInAs(page, shot.card);
  await shot.act(check);
  // A screenshot shows the page as it is read, not the focus ring or hover of the last control used.
  await page.evaluate('document.activeElement?.blur()');
  await page.mouse.move(0, 0);
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
