import fp from 'fastify-plugin';

/** The id a user can quote to support, and the key to this request's log lines, on every answer. */
export const requestIdPlugin = fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  },
  { name: 'request-id', fastify: '5.x' },
);
