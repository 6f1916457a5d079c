import { describe, expect, it } from 'vitest';
import { getShare, summariseMembership } from '@/derive/summariseMembership';

describe('summariseMembership', () => {
  it('adds the known counts and leaves the unknown out, not as 0', () => {
    expect(summariseMembership([5, null, 10, 0], (n) => n)).toEqual({ knownTotal: 15, knownCount: 3, count: 4 });
  });

  it('gives an empty breakdown a zero total with nothing known', () => {
    expect(summariseMembership([], (n: number | null) => n)).toEqual({ knownTotal: 0, knownCount: 0, count: 0 });
  });
});

describe('getShare', () => {
  it('is the count over the known total, and null when the count is unknown', () => {
    expect(getShare(25, 100)).toBe(0.25);
    expect(getShare(null, 100)).toBeNull();
    expect(getShare(0, 0)).toBeNull();
  });
});
