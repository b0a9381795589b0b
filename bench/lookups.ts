import { endpoints, nhsCheckDigit } from '#contract';
import type { Viewer } from '../server/cpis/audit.ts';
import { loadStaffDirectory } from '../server/auth/directory.ts';
import { loadConfig } from '../server/config.ts';
import { seededRandom } from '../stand-ins/seeded-random.ts';

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

/** One session per connection: receptionists each have their own, and one shared session row would serialise them. */
export const signInEach = (origin: string, connections: number) =>
  Promise.all(Array.from({ length: connections }, () => signIn(origin)));

/**
 * What the BFF passes performLookup for the receptionist's session, taken from the same staff
 * directory and configuration the BFF reads, so the engine-only run does the BFF's exact work.
 */
export function receptionistLookup(): { viewer: Viewer; windowHours: number } {
  const config = loadConfig();
  const card = loadStaffDirectory(config.staffDirectory).get(RECEPTIONIST.cardId);
  const role = card?.roles[0];
  if (!card || !role) throw new Error(`The staff directory has no card ${RECEPTIONIST.cardId}.`);
  const { role: kind, jobRoleCode, jobRoleName, organisation, settingType } = role;
  return {
    viewer: { name: card.name, cardId: card.cardId, role: kind, jobRoleCode, jobRoleName, organisation, settingType },
    windowHours: config.attendanceWindowHours,
  };
}

/** The numbers to look up, one at a time, for as long as asked. */
export type LookupSource = () => string;

/**
 * Half flagged children, half children CP-IS holds nothing for, in turn. The flagged ones come in a
 * seeded random order across the whole store, each once until all have come up: a flagged child
 * already looked up at this ED within the attendance window would not open a new visit, and the
 * bench must measure the real writes. The others are valid 999-range numbers from 999 800 000 up,
 * past any store the bench builds (scripts/generate-extract.ts counts up from 999 000 001).
 * One source per store, shared by everything measured on it, keeps the numbers fresh throughout.
 */
export function lookupSource(flagged: readonly string[], seed: number): LookupSource {
  const random = seededRandom(seed);
  const order = [...flagged];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let next = 0;
  let nextFlagged = 0;
  let unflagged = 800_000;
  const nextUnflagged = (): string => {
    for (;;) {
      const body = `999${unflagged}`;
      unflagged = unflagged >= 999_999 ? 800_000 : unflagged + 1;
      const check = nhsCheckDigit(body);
      if (check !== undefined) return `${body}${check}`;
    }
  };
  return () => (next++ % 2 === 0 ? order[nextFlagged++ % order.length]! : nextUnflagged());
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

/** `count` numbers from a new source. */
export const lookupMix = (flagged: readonly string[], count: number, seed: number): string[] =>
  Array.from({ length: count }, lookupSource(flagged, seed));
