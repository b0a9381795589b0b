import { endpoints, nhsCheckDigit } from '#contract';

/** The demo receptionist at an ED: an unscheduled setting, so a flagged lookup writes a visit and notifications. */
export const RECEPTIONIST = { cardId: '555000000001', passcode: '1234' };

/** Signs the demo receptionist in; the answer is the Cookie header to send with each lookup. */
export async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}${endpoints.createSession.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(RECEPTIONIST),
  });
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('cpis_session='));
  if (!response.ok || !cookie) throw new Error(`Sign-in failed: ${response.status}`);
  return cookie.split(';')[0]!;
}

/**
 * Valid 999-range NHS numbers from 999 800 000 up: past any store the bench builds
 * (scripts/generate-extract.ts counts up from 999 000 001), so no plan is held for them.
 */
function unflaggedNumbers(count: number): string[] {
  const numbers: string[] = [];
  for (let i = 800_000; numbers.length < count; i += 1) {
    const check = nhsCheckDigit(`999${i}`);
    if (check !== undefined) numbers.push(`999${i}${check}`);
  }
  return numbers;
}

/** A repeatable pseudo-random sequence (mulberry32), so every run looks up the same children. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Half flagged children picked at random across the whole store, half children CP-IS holds nothing
 * for. Each use takes its own seed: a flagged child already looked up here would not open a new visit.
 */
export function lookupMix(flagged: readonly string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const unflagged = unflaggedNumbers(Math.ceil(count / 2));
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? flagged[Math.floor(random() * flagged.length)]! : unflagged[i >> 1]!,
  );
}

export const lookupBody = (nhsNumber: string) => JSON.stringify({ nhsNumber });

/** One lookup, timed from sending the request to the last byte of the answer. */
export async function timeLookup(origin: string, cookie: string, nhsNumber: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${origin}${endpoints.createLookup.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie },
    body: lookupBody(nhsNumber),
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`A lookup answered ${response.status}.`);
  return elapsed;
}
