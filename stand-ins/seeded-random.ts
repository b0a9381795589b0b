/**
 * mulberry32: a small, fast pseudo-random sequence, the same on every machine for the same seed, so
 * synthetic data (the PDS stand-in's population, the bench's lookups, random test files) is the same
 * every run, and a failure can be run again from its seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
