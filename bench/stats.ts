/** The nearest-rank percentile (p in 0..100) of a set of measurements. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('No measurements to take a percentile of.');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
