import { describe, expect, it } from 'vitest';
import { formatCount, formatCountOf, formatShare } from '@/derive/format';

describe('number formats', () => {
  it.each([
    [80393, '80,393'],
    [141152, '141,152'],
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567.6, '1,234,568'],
    [-19769, '-19,769'],
  ])('writes the count %d as %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([
    [0.24589, '24.6%'],
    [0.5, '50.0%'],
    [1, '100.0%'],
    [0.0004, '0.04%'],
    [1 / 10_000, '0.01%'],
    [1 / 3_000_000, '0.00003%'],
    [1e-12, '<0.000001%'],
    [0, '0.0%'],
    [12.3456, '1,234.6%'],
    [-0.25, '-25.0%'],
    [-0.0004, '-0.04%'],
  ])('writes the share %d as %s', (value, text) => {
    expect(formatShare(value)).toBe(text);
  });

  it.each([
    [0, '0 unions'],
    [1, '1 union'],
    [2, '2 unions'],
    [10_000, '10,000 unions'],
  ])('counts %d unions as "%s"', (value, text) => {
    expect(formatCountOf(value, 'union')).toBe(text);
  });

  it('agrees with the platform formatter on the figures a dataset can hold', () => {
    const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const share = new Intl.NumberFormat('en-US', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    // Memberships are whole numbers; shares are one whole number over another.
    for (let members = 0; members <= 2_000_000; members += 7919) {
      expect(formatCount(members)).toBe(count.format(members));
      expect(formatShare(members / 2_000_003)).toBe(share.format(members / 2_000_003));
    }
  });
});
