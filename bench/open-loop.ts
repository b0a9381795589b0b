import { setTimeout as sleep } from 'node:timers/promises';
import { endpoints } from '#contract';
import { lookupBody, type LookupSource } from './lookups.ts';
import { percentile } from './stats.ts';

export interface OpenLoopFigures {
  rate: number;
  seconds: number;
  sent: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers other than 200, failed requests, and requests unanswered after TIMEOUT_MS. */
  errors: number;
}

// Longer than any receptionist would wait; short enough that an overwhelmed BFF does not stall the bench.
const TIMEOUT_MS = 5_000;
// Sent at the same rate before the measured ones, unrecorded: a BFF just started is not one at peak.
const WARM_UP_SECONDS = 2;

/**
 * A constant arrival rate from a timer in this process (not autocannon, whose connections each wait
 * for an answer before sending again): lookup n is due at start + n / rate and is sent then, whether
 * or not earlier ones have answered. Latency runs from when it was due, not when it went out, so
 * a stall in this process or a queue in the BFF counts in full (no coordinated omission).
 */
export async function measureOpenLoop(
  origin: string,
  cookies: readonly string[],
  next: LookupSource,
  { rate, seconds }: { rate: number; seconds: number },
): Promise<OpenLoopFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const send = async (due: number, cookie: string, recorded: boolean) => {
    try {
      const response = await fetch(`${origin}${endpoints.createLookup.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, cookie },
        body: lookupBody(next()),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!recorded) return;
      if (response.status === 200) latencies.push(performance.now() - due);
      else errors += 1;
    } catch {
      if (recorded) errors += 1;
    }
  };

  const warmUp = WARM_UP_SECONDS * rate;
  const total = warmUp + seconds * rate;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n += 1) {
    const due = start + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(send(due, cookies[n % cookies.length]!, n >= warmUp));
  }
  await Promise.all(inFlight);
  return {
    rate,
    seconds,
    sent: total - warmUp,
    // All failed: no latency to give, and the errors say why.
    p50Ms: latencies.length > 0 ? percentile(latencies, 50) : NaN,
    p99Ms: latencies.length > 0 ? percentile(latencies, 99) : NaN,
    maxMs: latencies.length > 0 ? Math.max(...latencies) : NaN,
    errors,
  };
}
