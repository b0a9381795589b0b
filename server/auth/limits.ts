import type { Queryable } from '../db/index.ts';

/** A limit on attempts: at most `max` in each fixed window of `windowMs`, per subject. */
export interface Limit {
  /** Names the limit in the store's subject key: two limits never share a count. */
  name: string;
  max: number;
  windowMs: number;
}

export interface LimitState {
  /** This attempt is within the limit. */
  allowed: boolean;
  /** Seconds until the window ends and counting starts again. */
  retryAfterSeconds: number;
}

function windowOf(limit: Limit, now: Date): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  return { start: new Date(start), end: new Date(start + limit.windowMs) };
}

/** Where an attempt by `subject` now is counted: the limit's current window for it. */
export interface AttemptWindow {
  subject: string;
  windowStart: string;
  windowEnd: string;
}

export function attemptWindow(limit: Limit, subject: string, now: Date): AttemptWindow {
  const { start, end } = windowOf(limit, now);
  return { subject: `${limit.name}:${subject}`, windowStart: start.toISOString(), windowEnd: end.toISOString() };
}

/** What `attempts` in the current window (this one included) mean for one more. */
export const stateAt = (attempts: number, limit: Limit, now: Date): LimitState => ({
  allowed: attempts <= limit.max,
  retryAfterSeconds: Math.max(1, Math.ceil((windowOf(limit, now).end.getTime() - now.getTime()) / 1000)),
});

/**
 * Counts one attempt by `subject` and says whether it is within the limit. The count lives in the
 * shared store (the store's count_attempt, one upsert, atomic on either engine), so it holds across sessions, replicas and
 * restarts. Fixed windows: at a window's edge up to twice `max` can pass in `windowMs`.
 */
export async function countAttempt(q: Queryable, limit: Limit, subject: string, now: Date): Promise<LimitState> {
  const attempt = attemptWindow(limit, subject, now);
  const [row] = await q.query<{ attempts: number }>('SELECT count_attempt($1, $2, $3) AS attempts', [
    attempt.subject,
    attempt.windowStart,
    attempt.windowEnd,
  ]);
  return stateAt(row!.attempts, limit, now);
}

/** Whether one more attempt by `subject` would be within the limit, without counting one. */
export async function isOverLimit(q: Queryable, limit: Limit, subject: string, now: Date): Promise<LimitState> {
  const attempt = attemptWindow(limit, subject, now);
  const [row] = await q.query<{ attempts: number }>(
    'SELECT attempts FROM rate_counts WHERE subject = $1 AND window_start = $2',
    [attempt.subject, attempt.windowStart],
  );
  return stateAt((row?.attempts ?? 0) + 1, limit, now);
}

/** Removes the counts of windows that have ended. */
export async function sweepRateCounts(q: Queryable, now: Date): Promise<number> {
  const removed = await q.query('DELETE FROM rate_counts WHERE window_end <= $1 RETURNING 1', [now.toISOString()]);
  return removed.length;
}
