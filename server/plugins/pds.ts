import fp from 'fastify-plugin';
import { connectPds, type PdsClient } from '../pds/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    pds: PdsClient;
  }
}

/** PDS: a given client (tests), the service at PDS_BASE_URL, or the local stand-in started here. */
export const pdsPlugin = fp<{ pds?: PdsClient }>(
  async (app, { pds: given }) => {
    if (given) {
      app.decorate('pds', given);
      return;
    }
    const pds = await connectPds(app.config);
    app.decorate('pds', pds.client);
    app.addHook('onClose', () => pds.close());
    app.log.info(
      pds.standIn ? 'PDS: the local stand-in (PDS_BASE_URL is unset)' : `PDS: ${new URL(pds.baseUrl).origin}`,
    );
  },
  { name: 'pds', fastify: '5.x', dependencies: ['config'] },
);
