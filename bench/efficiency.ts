import { performLookup } from '../server/cpis/lookup.ts';
import { openDatabase } from '../server/db/index.ts';
import type { EmptyStore } from './engines.ts';
import { closedLoop, closedLoopHttp, measureInTurn, type LoadFigures, type LoadTarget } from './load.ts';
import { receptionistLookup, signInEach, type LookupSource } from './lookups.ts';
import { options } from './options.ts';
import { startBff } from './servers.ts';

export interface EfficiencyFigures {
  /** performLookup called in this process through openDatabase: the lookup's own work, nothing else. */
  engine: LoadFigures;
  /** POST /api/cpis/lookups on a BFF: the same work behind HTTP, the session, validation and JSON. */
  bff: LoadFigures;
  /** The BFF's lookups/s over the engine's. */
  ratio: number;
  /** Whether the two had to take turns by restarting (PGlite: one process per directory). */
  exclusive: boolean;
}

/** The lookup's own transaction straight on the engine, through the driver the BFF uses, as the receptionist. */
function engineTarget(store: EmptyStore, next: LookupSource): LoadTarget {
  const { viewer, windowHours } = receptionistLookup();
  return {
    async start() {
      const db = await openDatabase(store.database);
      return {
        load: (seconds) =>
          closedLoop(options.connections, seconds, async () => {
            await performLookup(db, { nhsNumber: next(), viewer, now: new Date(), windowHours });
          }),
        stop: () => db.close(),
      };
    },
  };
}

function bffTarget(store: EmptyStore, next: LookupSource, logFile: string): LoadTarget {
  return {
    async start() {
      const bff = await startBff(store.env, logFile);
      const cookies = await signInEach(bff.origin, options.connections);
      return { load: (seconds) => closedLoopHttp(bff.origin, cookies, next, seconds), stop: () => bff.stop() };
    },
  };
}

/**
 * The engine limit and the BFF's share of it: the same closed-loop load (options.connections
 * lookups in flight, the same mix of numbers from one source, so every flagged child opens a new
 * visit) on the lookup's own work and on the BFF, in turn, on the same store.
 */
export async function measureEfficiency(
  store: EmptyStore,
  next: LookupSource,
  exclusive: boolean,
  logFile: string,
): Promise<EfficiencyFigures> {
  const [engine, bff] = await measureInTurn([engineTarget(store, next), bffTarget(store, next, logFile)], {
    seconds: options.loadSeconds,
    sliceSeconds: exclusive ? options.loadSliceSeconds.exclusive : options.loadSliceSeconds.shared,
    exclusive,
  });
  return { engine: engine!, bff: bff!, ratio: bff!.lookupsPerSecond / engine!.lookupsPerSecond, exclusive };
}
