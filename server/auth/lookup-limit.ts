import type { FastifyInstance, FastifyReply, preHandlerAsyncHookHandler } from 'fastify';
import { DatabaseUnavailableError } from '../db/index.ts';
import { ApiError } from '../errors.ts';
import { countAttempt, type Limit, type LimitState } from './limits.ts';
import { sessionOf } from './plugin.ts';

/**
 * The CP-IS lookup limit: per staff member (card), not per session or per process, because it is
 * there to stop one person trawling CP-IS, whichever replica or session they use. CP-IS checks and
 * PDS traces count against the one budget, in the shared store; a store that cannot count answers
 * 503, never an unlimited lookup. The lookup route counts its attempt in the lookup's own statement
 * (cpis_lookup); other routes count theirs with lookupRateLimit.
 */
export const lookupLimit = (app: FastifyInstance): Limit => ({
  name: 'lookup',
  max: app.config.lookupRateLimitPerMinute,
  windowMs: 60_000,
});

/** The 429 for an attempt over the limit, its retry-after header set on the reply. */
export function overLimit(reply: FastifyReply, limit: Limit, state: LimitState): ApiError {
  reply.header('retry-after', String(state.retryAfterSeconds));
  return new ApiError(
    429,
    'RATE_LIMITED',
    `You have made more than ${limit.max} CP-IS checks in a minute. Wait a minute, then check again.`,
  );
}

/** A route's preHandler counting its request against the lookup limit, in an upsert of its own. */
export function lookupRateLimit(app: FastifyInstance): preHandlerAsyncHookHandler {
  const limit = lookupLimit(app);
  return async (request, reply) => {
    let state: LimitState;
    try {
      state = await countAttempt(app.db, limit, sessionOf(request).user.cardId, app.clock());
    } catch (error) {
      throw new DatabaseUnavailableError(error);
    }
    if (!state.allowed) throw overLimit(reply, limit, state);
  };
}
