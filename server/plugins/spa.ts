import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/**
 * Serves the built SPA. Hashed assets are cached for a year; index.html never is, so a deploy is
 * picked up at once. Any non-API GET that is not a file gets index.html (client-side routes).
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
      // @fastify/static 10 hands setHeaders the Fastify reply, not a raw response.
      setHeaders(reply: { header(name: string, value: string): unknown }, path: string) {
        const immutable = path.startsWith(assetsDir);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'spa', fastify: '5.x' },
);
