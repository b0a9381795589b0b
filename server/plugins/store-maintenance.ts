import fp from 'fastify-plugin';
import { englandDate } from '#contract';
import { purgeExpired } from '../cpis/purge.ts';
import { loggableError } from '../errors.ts';
import { loadDemoDataIfEmpty } from '../ingest/demo.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** At start-up: demo data into an empty store (unless DEMO_DATA=false), then the purge, daily. */
export const storeMaintenancePlugin = fp(
  async (app) => {
    if (app.config.demoData) {
      const loaded = await loadDemoDataIfEmpty(app.db, app.clock);
      if (loaded) app.log.info({ plans: loaded.plans }, 'loaded the synthetic demo data into an empty store');
    }
    const purge = async () => {
      try {
        const removed = await purgeExpired(app.db, englandDate(app.clock()));
        app.log.info({ removed }, 'purged what is past retention');
      } catch (error) {
        // A failed purge keeps data a little longer; it must not take the service down. Next run retries.
        app.log.error({ error: loggableError(error) }, 'purge failed');
      }
    };
    await purge();
    const timer = setInterval(() => void purge(), DAY_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'store-maintenance', fastify: '5.x', dependencies: ['config', 'db', 'clock'] },
);
