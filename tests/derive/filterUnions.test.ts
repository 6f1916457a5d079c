import { describe, expect, it } from 'vitest';
import { createUnionFilter, getUnionSearchText } from '@/derive/filterUnions';
import { normalizeSearchText } from '@/derive/normalizeSearchText';

const make = (abbreviation: string, nameEn: string | null, nameJa: string | null, members: number | null) => {
  const union = { abbreviation, nameEn, nameJa, members };
  return { ...union, searchText: getUnionSearchText(union) };
};

const UNIONS = [
  make('Zenrodo', 'Labor Ministry Workers’ Union', '全労働省労働組合', 19769),
  make('Zenunyu', null, 'ガス労', null),
];

describe('normalizeSearchText', () => {
  it('folds width, case and Latin accents but keeps kana voicing marks', () => {
    expect(normalizeSearchText('ＺＥＮ　Rōdō')).toBe('zen rodo');
    expect(normalizeSearchText('ｶﾞｽ')).toBe('ガス');
    expect(normalizeSearchText('ガス')).not.toBe(normalizeSearchText('カス'));
  });
});

describe('createUnionFilter', () => {
  it('matches any of the names, and by membership known or unknown', () => {
    const keep = (query: string, members: 'all' | 'known' | 'unknown' = 'all') =>
      UNIONS.filter(createUnionFilter({ query, members })).map((u) => u.abbreviation);
    expect(keep('LABOR')).toEqual(['Zenrodo']);
    expect(keep('労働省')).toEqual(['Zenrodo']);
    expect(keep('ｶﾞｽ')).toEqual(['Zenunyu']);
    expect(keep('  ')).toEqual(['Zenrodo', 'Zenunyu']);
    expect(keep('', 'unknown')).toEqual(['Zenunyu']);
    expect(keep('zen', 'known')).toEqual(['Zenrodo']);
  });
});
