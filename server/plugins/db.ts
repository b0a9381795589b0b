import fp from 'fastify-plugin';
import { openDatabase, type Database } from '../db/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

/** The store: an already-open database (tests share one per file), or the configured one, closed with the app. */
export const dbPlugin = fp<{ db?: Database }>(
  async (app, { db: given }) => {
    const db = given ?? (await openDatabase(app.config.database));
    app.decorate('db', db);
    if (!given) app.addHook('onClose', () => db.close());
  },
  { name: 'db', fastify: '5.x', dependencies: ['config'] },
);
