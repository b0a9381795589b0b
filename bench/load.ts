import autocannon from 'autocannon';
import { endpoints } from '#contract';
import { lookupBody, type LookupSource } from './lookups.ts';
import { percentile } from './stats.ts';

export interface LoadFigures {
  lookupsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  lookups: number;
  seconds: number;
}

export interface Slice {
  lookups: number;
  seconds: number;
  latencies: number[];
}

/** What takes closed-loop load: started (a BFF, or the store opened in this process), loaded a slice at a time, stopped. */
export interface LoadTarget {
  start(): Promise<{ load(seconds: number): Promise<Slice>; stop(): Promise<void> }>;
}

interface Turns {
  /** Measured seconds per target. */
  seconds: number;
  sliceSeconds: number;
  /** The targets cannot run at once (one PGlite directory): each is stopped before the next starts. */
  exclusive: boolean;
}

/**
 * Loads the targets in turn, a slice at a time, each for the same time, after one unmeasured slice
 * whenever a target has just started (JIT, caches, connection pools). Alternating means a burst of
 * other work on the machine falls on every target alike, so it cannot make one look better than another.
 */
export async function measureInTurn(targets: readonly LoadTarget[], turns: Turns): Promise<LoadFigures[]> {
  const running = targets.map((): Awaited<ReturnType<LoadTarget['start']>> | undefined => undefined);
  const measured = targets.map((): Slice => ({ lookups: 0, seconds: 0, latencies: [] }));
  try {
    for (let slice = 0; slice < Math.ceil(turns.seconds / turns.sliceSeconds); slice += 1) {
      for (const [t, target] of targets.entries()) {
        let side = running[t];
        if (!side) {
          side = running[t] = await target.start();
          await side.load(turns.sliceSeconds);
        }
        const result = await side.load(turns.sliceSeconds);
        const total = measured[t]!;
        total.lookups += result.lookups;
        total.seconds += result.seconds;
        for (const latency of result.latencies) total.latencies.push(latency);
        if (turns.exclusive) {
          running[t] = undefined;
          await side.stop();
        }
      }
    }
  } finally {
    await Promise.all(running.map((side) => side?.stop()));
  }
  return measured.map(({ lookups, seconds, latencies }) => ({
    lookupsPerSecond: lookups / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    lookups,
    seconds,
  }));
}

/** `connections` workers, each starting its next lookup as soon as its last one is done, for `seconds`. */
export async function closedLoop(connections: number, seconds: number, lookup: () => Promise<void>): Promise<Slice> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const sent = performance.now();
        await lookup();
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return { lookups: latencies.length, seconds: (performance.now() - started) / 1000, latencies };
}

/**
 * The same closed loop over HTTP, from autocannon: `POST /api/cpis/lookups` with the next number,
 * the sessions taken in turn.
 */
export function closedLoopHttp(
  origin: string,
  cookies: readonly string[],
  next: LookupSource,
  seconds: number,
): Promise<Slice> {
  const latencies: number[] = [];
  let sent = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${origin}${endpoints.createLookup.path}`,
        connections: cookies.length,
        duration: seconds,
        method: 'POST',
        // State-changing requests must come from the app's own origin.
        headers: { 'content-type': 'application/json', origin },
        requests: [
          {
            setupRequest: (request) => {
              const cookie = cookies[sent++ % cookies.length]!;
              return { ...request, body: lookupBody(next()), headers: { ...request.headers, cookie } };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        // A figure made of 429s or 503s would measure the wrong thing.
        if (result.non2xx > 0 || result.errors > 0) {
          return reject(new Error(`${origin}: ${result.non2xx} answers not 2xx, ${result.errors} requests failed.`));
        }
        resolve({ lookups: result.requests.total, seconds: result.duration, latencies });
      },
    );
    // autocannon's own histogram keeps whole milliseconds; these keep the fraction.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
