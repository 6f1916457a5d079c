import { describe, expect, it } from 'vitest';
import { formatCount, formatShare } from '@/derive/format';

describe('number formats', () => {
  it.each([
    [80393, '80,393'],
    [141152, '141,152'],
    [0, '0'],
    [999, '999'],
    [1234567.6, '1,234,568'],
  ])('writes the count %d as %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([
    [0.24589, '24.6%'],
    [0.5, '50.0%'],
    [1, '100.0%'],
    [0.0004, '0.0%'],
  ])('writes the share %d as %s', (value, text) => {
    expect(formatShare(value)).toBe(text);
  });
});
