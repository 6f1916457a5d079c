import { describe, expect, it } from 'vitest';
import { selectShown } from '@/derive/selectShown';

const items = Array.from({ length: 10 }, (_, index) => index);

describe('selectShown', () => {
  it('keeps everything, in order, when it fits', () => {
    expect(
      selectShown(
        items,
        () => false,
        () => false,
        10,
      ),
    ).toEqual({ shown: items, hidden: 0 });
  });

  it('keeps the first ones in order when nothing must stay', () => {
    expect(
      selectShown(
        items,
        () => true,
        () => false,
        3,
      ),
    ).toEqual({ shown: [0, 1, 2], hidden: 7 });
  });

  it('keeps every match and the pinned one before any other, still in the given order', () => {
    const matches = (item: number) => item === 8 || item === 5;
    const pinned = (item: number) => item === 9;
    expect(selectShown(items, matches, pinned, 4)).toEqual({ shown: [0, 5, 8, 9], hidden: 6 });
  });

  it('keeps the pinned one even when the matches alone would fill the subset', () => {
    expect(
      selectShown(
        items,
        (item) => item < 5,
        (item) => item === 9,
        3,
      ),
    ).toEqual({ shown: [0, 1, 9], hidden: 7 });
  });
});
