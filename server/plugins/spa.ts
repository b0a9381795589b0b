import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

export const MOCK_SERVICE_WORKER = 'mockServiceWorker.js';

/**
 * Serves the built SPA. Hashed assets are cached for a year; index.html never is, so a deploy is
 * picked up at once. Any non-API GET that is not a file gets index.html (client-side routes), except
 * under /assets/: a missing asset is a broken deploy, and must say so with a 404, not a page.
 */
export const spaPlugin = fp<{ spaDir: string }>(
  async (app, { spaDir }) => {
    const root = resolve(spaDir);
    if (!existsSync(resolve(root, 'index.html'))) return;
    const assetsDir = resolve(root, 'assets');
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The mock API's worker is for `npm run dev:mock` and Storybook; the build leaves it out, and a
      // dist/ built some other way still never hands it to a browser talking to the real BFF.
      allowedPath: (pathName: string) => pathName !== `/${MOCK_SERVICE_WORKER}`,
      // @fastify/static 10 hands setHeaders the Fastify reply, not a raw response.
      setHeaders(reply: { header(name: string, value: string): unknown }, path: string) {
        const immutable = path.startsWith(assetsDir);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', (request, reply) => {
      if (/^\/(api|assets)(\/|$)/.test(request.url) || request.url === `/${MOCK_SERVICE_WORKER}`) {
        return reply.callNotFound();
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'spa', fastify: '5.x' },
);
