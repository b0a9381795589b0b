import autocannon from 'autocannon';
import { endpoints } from '#contract';
import { percentile } from './stats.ts';

export interface LoadTarget {
  origin: string;
  /** Session cookies, taken in turn: one per receptionist, as at a real ED (none for the bare route). */
  cookies: readonly string[];
  /** Request bodies, taken in turn. */
  bodies: readonly string[];
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  seconds: number;
}

interface Slice {
  requests: number;
  seconds: number;
  latencies: number[];
}

interface Load {
  connections: number;
  /** Measured seconds per target, given in slices of `sliceSeconds`. */
  seconds: number;
  sliceSeconds: number;
}

/** One target's requests: the next body and session every time, carried on from slice to slice. */
function requestSequence(target: LoadTarget): () => { body: string; cookie?: string } {
  let next = 0;
  return () => {
    const i = next++;
    const cookie = target.cookies.length > 0 ? target.cookies[i % target.cookies.length] : undefined;
    return { body: target.bodies[i % target.bodies.length]!, ...(cookie ? { cookie } : {}) };
  };
}

function fire(origin: string, nextRequest: () => { body: string; cookie?: string }, load: Load): Promise<Slice> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${origin}${endpoints.createLookup.path}`,
        connections: load.connections,
        duration: load.sliceSeconds,
        method: 'POST',
        // State-changing requests must come from the app's own origin.
        headers: { 'content-type': 'application/json', origin },
        requests: [
          {
            setupRequest: (request) => {
              const { body, cookie } = nextRequest();
              return { ...request, body, headers: { ...request.headers, ...(cookie ? { cookie } : {}) } };
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
        resolve({ requests: result.requests.total, seconds: result.duration, latencies });
      },
    );
    // autocannon's own histogram keeps whole milliseconds; these keep the fraction.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * Loads the targets in turn, a slice at a time, each with the same connections for the same time
 * (after one unmeasured slice each to warm up). Alternating slices means a burst of other work
 * on the machine falls on every target alike, so it cannot make one look better than another.
 */
export async function measureInTurn(targets: readonly LoadTarget[], load: Load): Promise<LoadFigures[]> {
  const sequences = targets.map(requestSequence);
  const measured = targets.map((): Slice => ({ requests: 0, seconds: 0, latencies: [] }));
  const slices = Math.ceil(load.seconds / load.sliceSeconds);
  for (let slice = 0; slice <= slices; slice += 1) {
    for (const [t, target] of targets.entries()) {
      const result = await fire(target.origin, sequences[t]!, load);
      if (slice === 0) continue;
      const total = measured[t]!;
      total.requests += result.requests;
      total.seconds += result.seconds;
      for (const latency of result.latencies) total.latencies.push(latency);
    }
  }
  return measured.map(({ requests, seconds, latencies }) => ({
    requestsPerSecond: requests / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests,
    seconds,
  }));
}
