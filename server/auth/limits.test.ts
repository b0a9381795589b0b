import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/engines.ts';
import { countAttempt, isOverLimit, sweepRateCounts } from './limits.ts';

const limit = { name: 'test', max: 2, windowMs: 60_000 };
const at = (time: string) => new Date(`2026-11-21T${time}Z`);

describeEachEngine('attempt limits in the shared store', (ctx) => {
  it('allows max attempts a window per subject, then refuses until the next window', async () => {
    const allowed = [];
    for (const time of ['10:00:01', '10:00:20', '10:00:59']) {
      allowed.push((await countAttempt(ctx.db, limit, 'card-a', at(time))).allowed);
    }
    expect(allowed).toEqual([true, true, false]);
    expect(await countAttempt(ctx.db, limit, 'card-a', at('10:00:30'))).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
    expect((await countAttempt(ctx.db, limit, 'card-b', at('10:00:30'))).allowed).toBe(true);
    expect((await countAttempt(ctx.db, { ...limit, name: 'other' }, 'card-a', at('10:00:30'))).allowed).toBe(true);
    expect((await countAttempt(ctx.db, limit, 'card-a', at('10:01:00'))).allowed).toBe(true);
  });

  it('can ask without counting, and counts simultaneous attempts exactly', async () => {
    const now = at('11:00:00');
    await Promise.all(Array.from({ length: 5 }, () => countAttempt(ctx.db, { ...limit, max: 5 }, 'card-c', now)));
    expect((await isOverLimit(ctx.db, { ...limit, max: 5 }, 'card-c', now)).allowed).toBe(false);
    expect((await isOverLimit(ctx.db, { ...limit, max: 6 }, 'card-c', now)).allowed).toBe(true);
    expect((await isOverLimit(ctx.db, { ...limit, max: 6 }, 'card-c', now)).allowed).toBe(true);
  });

  it('sweeps the counts of windows that have ended', async () => {
    await countAttempt(ctx.db, limit, 'card-d', at('12:00:00'));
    expect(await sweepRateCounts(ctx.db, at('12:00:59'))).toBeGreaterThan(0);
    expect((await ctx.db.query('SELECT 1 FROM rate_counts WHERE window_end > $1', [at('12:00:59')])).length).toBe(1);
  });
});
