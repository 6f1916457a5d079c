import { describe, expect, it } from 'vitest';
import { pairedDifference } from './pairedDifference';

describe('pairedDifference', () => {
  it('compares round by round, so drift shared by both pages cancels out', () => {
    // Each round is slower than the last, on both pages alike; a is always 10 ms behind b.
    const b = [100, 300, 500, 700, 900];
    const a = b.map((value) => value + 10);
    expect(pairedDifference(a, b)).toEqual({ median: 10, low: 10, high: 10 });
  });

  it('gives an interval that holds the median and widens with noise', () => {
    const b = Array.from({ length: 15 }, () => 1000);
    const steady = pairedDifference(
      b.map((value, i) => value + (i % 3) - 1),
      b,
    );
    const noisy = pairedDifference(
      b.map((value, i) => value + ((i * 37) % 200) - 100),
      b,
    );
    for (const { median, low, high } of [steady, noisy]) {
      expect(low).toBeLessThanOrEqual(median);
      expect(high).toBeGreaterThanOrEqual(median);
    }
    expect(noisy.high - noisy.low).toBeGreaterThan(10 * (steady.high - steady.low + 1));
  });

  it('leaves out rounds where either page has no value, and refuses lists of different lengths', () => {
    expect(pairedDifference([5, Number.NaN, 7], [1, 2, 3]).median).toBe(4);
    expect(() => pairedDifference([1, 2], [1])).toThrow('2 values against 1');
  });
});
