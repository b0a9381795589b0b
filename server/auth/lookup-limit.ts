import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { DatabaseUnavailableError } from '../db/index.ts';
import { ApiError } from '../errors.ts';
import { countAttempt, type LimitState } from './limits.ts';
import { sessionOf } from './plugin.ts';

/**
 * The CP-IS lookup limit: per staff member (card), not per session or per process, because it is
 * there to stop one person trawling CP-IS, whichever replica or session they use. Counted in the
 * shared store; a store that cannot count answers 503, never an unlimited lookup.
 */
export function lookupRateLimit(app: FastifyInstance): preHandlerAsyncHookHandler {
  const perMinute = app.config.lookupRateLimitPerMinute;
  const limit = { name: 'lookup', max: perMinute, windowMs: 60_000 };
  return async (request, reply) => {
    let state: LimitState;
    try {
      state = await countAttempt(app.db, limit, sessionOf(request).user.cardId, app.clock());
    } catch (error) {
      throw new DatabaseUnavailableError(error);
    }
    if (state.allowed) return;
    reply.header('retry-after', String(state.retryAfterSeconds));
    throw new ApiError(
      429,
      'RATE_LIMITED',
      `You have made more than ${perMinute} CP-IS checks in a minute. Wait a minute, then check again.`,
    );
  };
}
