/** The nearest-rank percentile (p in 0..100) of a set of measurements. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('No measurements to take a percentile of.');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LatencyFigures {
  lookups: number;
  p50Ms: number;
  p99Ms: number;
}

export const latencyOf = (timings: readonly number[]): LatencyFigures => ({
  lookups: timings.length,
  p50Ms: percentile(timings, 50),
  p99Ms: percentile(timings, 99),
});

/**
 * `measure` for each of `targets` in turn, `2 * count` rounds, keeping the second half's timings
 * (the first warms all of them up): whatever else the machine does falls on every target alike.
 */
export async function inTurns(
  targets: number,
  count: number,
  measure: (target: number) => Promise<number>,
): Promise<number[][]> {
  const timings = Array.from({ length: targets }, () => [] as number[]);
  for (let i = 0; i < 2 * count; i += 1) {
    for (let t = 0; t < targets; t += 1) {
      const elapsed = await measure(t);
      if (i >= count) timings[t]!.push(elapsed);
    }
  }
  return timings;
}
