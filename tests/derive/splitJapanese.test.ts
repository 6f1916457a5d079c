import { describe, expect, it } from 'vitest';
import { splitJapanese } from '@/derive/splitJapanese';

describe('splitJapanese', () => {
  it('cuts Japanese runs out of English text, keeping everything in order', () => {
    expect(splitJapanese('Renamed 全運輸労働組合 in 2001.')).toEqual([
      { text: 'Renamed ', japanese: false },
      { text: '全運輸労働組合', japanese: true },
      { text: ' in 2001.', japanese: false },
    ]);
  });

  it('keeps digits inside a run and leaves Latin words between runs outside them', () => {
    expect(splitJapanese('国公労調査時報 No.505 (第10回 大会)').map((part) => part.text)).toEqual([
      '国公労調査時報',
      ' No.505 (',
      '第10回 大会',
      ')',
    ]);
  });

  it('returns text without Japanese as one part, and nothing for nothing', () => {
    expect(splitJapanese('Kokko Roren')).toEqual([{ text: 'Kokko Roren', japanese: false }]);
    expect(splitJapanese('')).toEqual([]);
  });
});
