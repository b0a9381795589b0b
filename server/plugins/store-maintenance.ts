import fp from 'fastify-plugin';
import { englandDate } from '#contract';
import { sweepRateCounts } from '../auth/index.ts';
import { purgeOncePerDay } from '../cpis/purge.ts';
import { loggableError } from '../errors.ts';
import { loadDemoDataIfEmpty } from '../ingest/demo.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The advisory lock that replicas starting together on one PostgreSQL queue on to load the demo. */
const DEMO_DATA_LOCK_KEY = 727_002;

/**
 * At start-up: demo data into an empty store (unless DEMO_DATA=false), then the purge, daily. Both
 * are done once however many replicas start together: the demo load under a lock (the second
 * replica waits, then finds the store filled), the purge claimed per day (upkeep_runs).
 */
export const storeMaintenancePlugin = fp(
  async (app) => {
    if (app.config.demoData) {
      const loaded = await app.db.exclusive(DEMO_DATA_LOCK_KEY, () => loadDemoDataIfEmpty(app.db, app.clock));
      if (loaded) app.log.info({ plans: loaded.plans }, 'loaded the synthetic demo data into an empty store');
    }
    const purge = async () => {
      try {
        const now = app.clock();
        const removed = await purgeOncePerDay(app.db, englandDate(now), now);
        if (!removed) return;
        const rateCounts = await sweepRateCounts(app.db, now);
        app.log.info({ removed: { ...removed, rateCounts } }, 'purged what is past retention');
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
