export { bearerTokenOf } from './bearer.ts';
export { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './cookie.ts';
export { loadStaffDirectory, parseStaffDirectory, type StaffCardEntry, type StaffDirectory } from './directory.ts';
export { registerAuth, sessionOf } from './plugin.ts';
export type { AuthSession } from './sessions.ts';
export {
  attemptWindow,
  countAttempt,
  isOverLimit,
  stateAt,
  sweepRateCounts,
  type Limit,
  type LimitState,
} from './limits.ts';
export { lookupLimit, lookupRateLimit, overLimit } from './lookup-limit.ts';
