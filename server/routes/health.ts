import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endpoints } from '#contract';
import { checkReady } from '../db/index.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const { health, ready } = endpoints;

  app.route({
    method: health.method,
    url: health.path,
    config: { permission: 'public' },
    schema: { response: health.responses },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.route({
    method: ready.method,
    url: ready.path,
    config: { permission: 'public' },
    schema: { response: ready.responses },
    handler: async () => {
      await checkReady(app.db);
      return { status: 'ready' as const, database: { engine: app.db.engine } };
    },
  });
};
