import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../config.ts';
import { ApiError } from '../errors.ts';

const limiters = new WeakMap<Config, preHandlerAsyncHookHandler>();

/**
 * The per-session budget that CP-IS checks and PDS traces share: both are ways to trawl for
 * children, so a trawler cannot double the budget by alternating. One limiter per app (its
 * config), used as a route preHandler, after sign-in, so the limit follows the session, not the
 * shared NHS network address. To move the limit elsewhere (per card, in the database), change
 * this function only.
 */
export function lookupRateLimit(app: FastifyInstance): preHandlerAsyncHookHandler {
  let limiter = limiters.get(app.config);
  if (!limiter) {
    limiter = app.rateLimit({
      max: app.config.lookupRateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => request.session?.sessionId ?? request.ip,
      errorResponseBuilder: () =>
        new ApiError(
          429,
          'RATE_LIMITED',
          `You have made more than ${app.config.lookupRateLimitPerMinute} CP-IS checks in a minute. Wait a minute, then check again.`,
        ),
    });
    limiters.set(app.config, limiter);
  }
  return limiter;
}
