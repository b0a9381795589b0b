import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { endpoints } from '#contract';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { CheckPage, type TraceDetails } from '../e2e/pages/check-page.ts';
import { lookupMix, RECEPTIONIST } from './lookups.ts';
import { startBff } from './servers.ts';
import { percentile } from './stats.ts';

export interface FlagTimes {
  count: number;
  p50Ms: number;
  p95Ms: number;
  /** Results whose heading was not wholly in the viewport within WITHIN_MS. */
  notVisible: number;
}

export interface TimeToFlagFigures {
  viewport: { width: number; height: number };
  /** From the check starting (the 10th digit, the SPA's `cpis-check:started` mark) to the flag visible. */
  fromCheck: FlagTimes;
  /** From the last digit's keydown to the flag visible: what the receptionist waits. */
  fromKey: FlagTimes;
  /** From "Search PDS" (`pds-trace-submitted`) on one exact match on all five details to the flag visible. */
  fromTrace: FlagTimes;
}

// The SPA's own marks (CHECK_STARTED_MARK in src/features/cpis-check/use-cpis-check.ts,
// TRACE_SUBMITTED_MARK in src/features/pds-trace/components/TraceNhsNumber.tsx); this file is
// checked as Node code and cannot import the SPA's modules. A mark not found stops the bench.
const CHECK_STARTED_MARK = 'cpis-check:started';
const TRACE_SUBMITTED_MARK = 'pds-trace-submitted';
const VIEWPORT = { width: 1366, height: 768 };
const WITHIN_MS = 5_000;
// Demo children on a plan: one plan, looked after, two plans from two LAs, an unborn child's plan.
const DEMO_FLAGGED = ['9990000018', '9990000026', '9990000077', '9990000069'];
// One exact match on PDS (README "Finding the NHS number"): chosen, and checked, by itself.
const EXACT_TRACE: TraceDetails = {
  familyName: 'Ashdown',
  givenName: 'Maisie',
  dateOfBirth: ['14', '03', '2019'],
  gender: 'Female',
  postcode: 'B12 9QZ',
};

/**
 * Each frame, before it is painted: is the outcome's heading (the flag, or "No CP-IS information")
 * on the page and wholly inside the viewport? The first frame it is sets `flagVisibleAt`, which the
 * bench clears before each lookup; the last keydown's time goes in `lastKeyAt`. Plain JavaScript
 * in a string: a function would go through tsx, which wraps named inner functions in a helper the
 * page does not have.
 */
const WATCH_FLAG = `
document.addEventListener('keydown', (event) => { window.lastKeyAt = event.timeStamp; }, { capture: true });
requestAnimationFrame(function frame() {
  const box = document.getElementById('cpis-result-heading')?.getBoundingClientRect();
  const inside = box && box.width > 0 && box.top >= 0 && box.left >= 0 &&
    box.bottom <= innerHeight && box.right <= innerWidth;
  if (inside && window.flagVisibleAt === undefined) window.flagVisibleAt = performance.now();
  requestAnimationFrame(frame);
});`;

/** What the in-page functions below use of the browser: this file is checked against Node's types, not the DOM's. */
interface PageWindow {
  document: { getElementById(id: string): { textContent: string | null } | null };
  lastKeyAt?: number;
  flagVisibleAt?: number;
}

interface Seen {
  visibleAt: number;
  lastKey: number;
  mark: number;
  heading: string;
}

/** Waits for the flag to be visible; the times it was seen at, by the page's clock. */
async function flagSeen(page: Page, mark: string): Promise<Seen | undefined> {
  const seen = await page
    .waitForFunction(() => (globalThis as unknown as PageWindow).flagVisibleAt !== undefined, null, {
      timeout: WITHIN_MS,
    })
    .then(
      () => true,
      () => false,
    );
  if (!seen) return undefined;
  const times = await page.evaluate((name): Seen => {
    const win = globalThis as unknown as PageWindow;
    return {
      visibleAt: win.flagVisibleAt!,
      lastKey: win.lastKeyAt ?? NaN,
      mark: performance.getEntriesByName(name).at(-1)?.startTime ?? NaN,
      heading: win.document.getElementById('cpis-result-heading')?.textContent ?? '',
    };
  }, mark);
  if (Number.isNaN(times.mark)) throw new Error(`The SPA set no ${mark} mark: was it renamed?`);
  return times;
}

/** Ready for the next lookup: no result on screen, no flag seen, no marks. */
async function clearFlag(page: Page): Promise<void> {
  await page.locator('#cpis-result-heading').waitFor({ state: 'detached' });
  await page.evaluate(() => {
    (globalThis as unknown as PageWindow).flagVisibleAt = undefined;
    performance.clearMarks();
  });
}

function flagTimes(times: readonly number[], notVisible: number): FlagTimes {
  const some = times.length > 0;
  return {
    count: times.length,
    p50Ms: some ? percentile(times, 50) : NaN,
    p95Ms: some ? percentile(times, 95) : NaN,
    notVisible,
  };
}

/** Typed numbers: half flagged demo children, half numbers CP-IS holds nothing for. */
async function typedChecks(page: Page, count: number) {
  const check = new CheckPage(page);
  const fromCheck: number[] = [];
  const fromKey: number[] = [];
  let notVisible = 0;
  for (const [i, nhsNumber] of lookupMix(DEMO_FLAGGED, count, 3).entries()) {
    await check.field().fill('');
    await clearFlag(page);
    await check.field().pressSequentially(nhsNumber);
    const seen = await flagSeen(page, CHECK_STARTED_MARK);
    if (!seen) {
      notVisible += 1;
      continue;
    }
    // A wrong answer shown fast is no result: each flagged child must show as flagged, the others not.
    const expected = i % 2 === 0 ? 'CP-IS:' : 'No CP-IS information';
    if (!seen.heading.startsWith(expected)) throw new Error(`Lookup ${i} showed "${seen.heading}".`);
    fromCheck.push(seen.visibleAt - seen.mark);
    fromKey.push(seen.visibleAt - seen.lastKey);
  }
  return { fromCheck: flagTimes(fromCheck, notVisible), fromKey: flagTimes(fromKey, notVisible) };
}

/** Traces that PDS answers with one exact match, each on a fresh check page. */
async function tracedChecks(page: Page, count: number): Promise<FlagTimes> {
  const check = new CheckPage(page);
  const fromTrace: number[] = [];
  let notVisible = 0;
  for (let i = 0; i < count; i += 1) {
    await page.goto('/');
    await check.heading().waitFor();
    await clearFlag(page);
    await check.trace(EXACT_TRACE);
    const seen = await flagSeen(page, TRACE_SUBMITTED_MARK);
    if (!seen) notVisible += 1;
    else if (!seen.heading.startsWith('CP-IS:')) throw new Error(`Trace ${i} showed "${seen.heading}".`);
    else fromTrace.push(seen.visibleAt - seen.mark);
  }
  return flagTimes(fromTrace, notVisible);
}

/**
 * Chromium at 1366 x 768 against the real BFF serving the built SPA on the demo store, with the PDS
 * stand-in the BFF starts itself: typed numbers, then traces, each timed to the flag in the viewport.
 */
export async function measureTimeToFlag(
  spaDir: string,
  workDir: string,
  counts: { lookups: number; traces: number },
): Promise<TimeToFlagFigures> {
  const bff = await startBff(
    { DEMO_DATA: 'true', PGLITE_DIR: 'memory', SPA_DIR: spaDir, PDS_BASE_URL: '' },
    join(workDir, 'bff-time-to-flag.log'),
  );
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ baseURL: bff.origin, viewport: VIEWPORT });
    await context.addInitScript({ content: WATCH_FLAG });
    // The context's request API shares its cookie jar: the page starts signed in.
    const signedIn = await context.request.post(endpoints.createSession.path, { data: RECEPTIONIST });
    if (!signedIn.ok()) throw new Error(`Sign-in failed: ${signedIn.status()}`);
    const page = await context.newPage();
    await page.goto('/');
    await new CheckPage(page).field().waitFor();
    const typed = await typedChecks(page, counts.lookups);
    return { viewport: VIEWPORT, ...typed, fromTrace: await tracedChecks(page, counts.traces) };
  } finally {
    await browser.close();
    await bff.stop();
  }
}
