import { join } from 'node:path';
import { chromium } from 'playwright';
import { endpoints } from '#contract';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { lookupMix, RECEPTIONIST } from './lookups.ts';
import { startBff } from './servers.ts';
import { percentile } from './stats.ts';

export interface TimeToFlagFigures {
  lookups: number;
  /** From the `cpis-check:started` mark to `cpis-check:painted`: what the SPA itself marks. */
  fromCheckP50Ms: number;
  fromCheckP95Ms: number;
  /** From the last digit's keydown event to `cpis-check:painted`: what the receptionist waits. */
  fromKeyP50Ms: number;
  fromKeyP95Ms: number;
}

// Demo children on a plan: one plan, looked after, two plans from two LAs, an unborn child's plan.
const DEMO_FLAGGED = ['9990000018', '9990000026', '9990000077', '9990000069'];

/** What the in-page functions below use of the browser: this file is checked against Node's types, not the DOM's. */
interface PageWindow {
  document: {
    addEventListener(
      type: 'keydown',
      listener: (event: { timeStamp: number }) => void,
      options: { capture: true },
    ): void;
    getElementById(id: string): { textContent: string | null } | null;
  };
  lastKeyAt?: number;
}

interface Marks {
  started: number;
  painted: number;
  lastKey: number;
  heading: string;
}

/**
 * Types NHS numbers into the check page in Chromium, against the real BFF serving the built SPA on
 * the demo store, and reads the SPA's performance marks after each result is painted.
 */
export async function measureTimeToFlag(spaDir: string, workDir: string, count: number): Promise<TimeToFlagFigures> {
  const bff = await startBff(
    { DEMO_DATA: 'true', PGLITE_DIR: 'memory', SPA_DIR: spaDir },
    join(workDir, 'bff-ttf.log'),
  );
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ baseURL: bff.origin });
    // The context's request API shares its cookie jar: the page starts signed in.
    const signedIn = await context.request.post(endpoints.createSession.path, { data: RECEPTIONIST });
    if (!signedIn.ok()) throw new Error(`Sign-in failed: ${signedIn.status()}`);
    const page = await context.newPage();
    await page.goto('/');
    const field = page.getByRole('textbox', { name: 'NHS number' });
    await field.waitFor();
    await page.evaluate(() => {
      const win = globalThis as unknown as PageWindow;
      win.document.addEventListener('keydown', (event) => (win.lastKeyAt = event.timeStamp), { capture: true });
    });

    const fromCheck: number[] = [];
    const fromKey: number[] = [];
    const numbers = lookupMix(DEMO_FLAGGED, count, 3);
    for (const [i, nhsNumber] of numbers.entries()) {
      await field.fill('');
      await page.evaluate(() => performance.clearMarks());
      await field.pressSequentially(nhsNumber);
      await page.waitForFunction(() => performance.getEntriesByName('cpis-check:painted').length > 0);
      const marks = await page.evaluate((): Marks => {
        const win = globalThis as unknown as PageWindow;
        return {
          started: performance.getEntriesByName('cpis-check:started')[0]?.startTime ?? NaN,
          painted: performance.getEntriesByName('cpis-check:painted')[0]?.startTime ?? NaN,
          lastKey: win.lastKeyAt ?? NaN,
          heading: win.document.getElementById('cpis-result-heading')?.textContent ?? '',
        };
      });
      // A wrong answer painted fast is no result: each flagged child must show as flagged, the others not.
      const expected = i % 2 === 0 ? 'CP-IS:' : 'No CP-IS information';
      if (!marks.heading.startsWith(expected)) throw new Error(`${nhsNumber} showed "${marks.heading}".`);
      fromCheck.push(marks.painted - marks.started);
      fromKey.push(marks.painted - marks.lastKey);
    }
    return {
      lookups: fromCheck.length,
      fromCheckP50Ms: percentile(fromCheck, 50),
      fromCheckP95Ms: percentile(fromCheck, 95),
      fromKeyP50Ms: percentile(fromKey, 50),
      fromKeyP95Ms: percentile(fromKey, 95),
    };
  } finally {
    await browser.close();
    await bff.stop();
  }
}
