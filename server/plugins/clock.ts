import fp from 'fastify-plugin';
import { systemClock, type Clock } from '../clock.ts';

declare module 'fastify' {
  interface FastifyInstance {
    clock: Clock;
  }
}

/** The time source: the system's, or the fixed clock a test passes. */
export const clockPlugin = fp<{ clock?: Clock }>(
  async (app, { clock }) => {
    app.decorate('clock', clock ?? systemClock);
  },
  { name: 'clock', fastify: '5.x' },
);
