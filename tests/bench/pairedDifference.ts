import { median } from './median';

export interface PairedDifference {
  /** Median of the per-round differences (a − b), in the values' unit. */
  median: number;
  /** A 90% bootstrap interval around that median: how far the noise of this run could move it. */
  low: number;
  high: number;
}

/** The same seed every run, so a report reads the same twice over the same loads. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/*
 * Two pages loaded in the same rounds (the bench takes them in turns) are compared round by round:
 * a slow spell on the machine then falls on both sides of each difference. The interval is the
 * 5th to 95th percentile of the median over resamples of those differences.
 */
export function pairedDifference(a: readonly number[], b: readonly number[], resamples = 2000): PairedDifference {
  if (a.length !== b.length) throw new Error(`paired difference: ${a.length} values against ${b.length}`);
  const differences = a.map((value, index) => value - (b[index] ?? Number.NaN)).filter((value) => !Number.isNaN(value));
  if (differences.length === 0) return { median: Number.NaN, low: Number.NaN, high: Number.NaN };
  const random = seededRandom(differences.length);
  const medians: number[] = [];
  for (let i = 0; i < resamples; i += 1) {
    medians.push(median(differences.map(() => differences[Math.floor(random() * differences.length)] ?? Number.NaN)));
  }
  medians.sort((x, y) => x - y);
  return {
    median: median(differences),
    low: medians[Math.floor(resamples * 0.05)] ?? Number.NaN,
    high: medians[Math.ceil(resamples * 0.95) - 1] ?? Number.NaN,
  };
}
