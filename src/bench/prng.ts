/** One seeded pseudo-random generator for everything that must be reproducible from an integer. */

export type Rng = () => number;

/**
 * mulberry32: tiny, fast, and good enough for synthetic corpora and property tests.
 * @example const next = mulberry32(42); next(); // same value in [0, 1) on every run
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
