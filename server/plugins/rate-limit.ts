import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';

/** Rate limiting, off by default: a route that needs a limit sets config.rateLimit (the lookup, per session). */
export const rateLimitPlugin = fp(
  async (app) => {
    await app.register(rateLimit, { global: false });
  },
  { name: 'rate-limit', fastify: '5.x' },
);
