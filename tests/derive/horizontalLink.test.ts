import { linkHorizontal } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { horizontalLink } from '@/derive/horizontalLink';

describe('horizontalLink', () => {
  it.each([
    [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
    ],
    [
      { x: 512.123456, y: 110 },
      { x: 552.987654, y: 80 },
    ],
    [
      { x: 300.3333333, y: 140.5 },
      { x: 340.1, y: 200.25 },
    ],
    [
      { x: 10, y: 20 },
      { x: 10, y: 20 },
    ],
  ])('draws the same curve as d3-shape linkHorizontal from %o to %o', (source, target) => {
    const d3 = linkHorizontal()({ source: [source.x, source.y], target: [target.x, target.y] });
    expect(horizontalLink(source, target)).toBe(d3);
  });

  it('is a curve that leaves and arrives level', () => {
    expect(horizontalLink({ x: 0, y: 0 }, { x: 100, y: 50 })).toBe('M0,0C50,0,50,50,100,50');
  });
});
