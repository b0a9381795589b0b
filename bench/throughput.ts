import { join } from 'node:path';
import { measureInTurn, type LoadFigures } from './load.ts';
import { lookupBody, lookupMix, signIn } from './lookups.ts';
import { options } from './options.ts';
import { startServer, type RunningServer } from './servers.ts';

export interface ThroughputFigures {
  lookups: LoadFigures;
  bare: LoadFigures;
  /** Lookups' requests/s as a share of the bare route's. */
  ratio: number;
}

/**
 * The same load on the BFF's lookup route (sessions, store, audit, visits, notifications) and on a
 * bare Fastify route on this machine, in turn. One session per connection: receptionists each
 * have their own, and one shared session row would make every lookup wait on the one before.
 */
export async function measureThroughput(
  bff: RunningServer,
  flagged: readonly string[],
  workDir: string,
): Promise<ThroughputFigures> {
  const cookies = [];
  for (let i = 0; i < options.connections; i += 1) cookies.push(await signIn(bff.origin));
  // More bodies than the run can send: a flagged child comes up once, and opens a new visit.
  const bodies = lookupMix(flagged, 100_000, 2).map(lookupBody);

  const bareServer = await startServer('bench/bare-server.ts', {}, join(workDir, 'bare-server.log'));
  try {
    const [lookups, bare] = await measureInTurn(
      [
        { origin: bff.origin, cookies, bodies },
        { origin: bareServer.origin, cookies: [], bodies },
      ],
      { connections: options.connections, seconds: options.loadSeconds, sliceSeconds: options.loadSliceSeconds },
    );
    return { lookups: lookups!, bare: bare!, ratio: lookups!.requestsPerSecond / bare!.requestsPerSecond };
  } finally {
    await bareServer.stop();
  }
}
