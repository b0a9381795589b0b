import fastifyCookie from '@fastify/cookie';
import fp from 'fastify-plugin';

/** Cookie parsing and setting: the session cookie is the only one. */
export const cookiesPlugin = fp(
  async (app) => {
    await app.register(fastifyCookie);
  },
  { name: 'cookies', fastify: '5.x' },
);
