import { describe, expect, it } from 'vitest';
import { sortUnions, withTextRanks } from '@/derive/unionSortKeys';

const union = (abbreviation: string, members1980: number | null, nameEn: string | null = abbreviation) => ({
  abbreviation,
  nameEn,
  members1980,
  share: members1980 === null ? null : members1980 / 100,
  today: [],
});

const UNIONS = withTextRanks([union('b2', 5), union('A10', null), union('a2', 7, null), union('C', 5)]);

describe('sortUnions', () => {
  it('keeps unknown values last in both directions', () => {
    expect(sortUnions(UNIONS, [{ id: 'members', desc: true }]).map((u) => u.abbreviation)).toEqual(['a2', 'b2', 'C', 'A10']);
    expect(sortUnions(UNIONS, [{ id: 'members', desc: false }]).map((u) => u.abbreviation)).toEqual(['b2', 'C', 'a2', 'A10']);
    expect(sortUnions(UNIONS, [{ id: 'name', desc: true }]).at(-1)?.abbreviation).toBe('a2');
  });

  it('sorts text for people: case-insensitive, numbers by value', () => {
    expect(sortUnions(UNIONS, [{ id: 'union', desc: false }]).map((u) => u.abbreviation)).toEqual(['a2', 'A10', 'b2', 'C']);
  });

  it('breaks ties with the next key, then with the data’s order, and ignores unknown keys', () => {
    expect(
      sortUnions(UNIONS, [
        { id: 'members', desc: false },
        { id: 'union', desc: true },
      ]).map((u) => u.abbreviation),
    ).toEqual(['C', 'b2', 'a2', 'A10']);
    expect(sortUnions(UNIONS, [{ id: 'bogus', desc: false }])).toEqual(UNIONS);
  });

  it('ranks texts once, in reading order, with texts the collator calls equal sharing a place', () => {
    const ranked = withTextRanks([
      { abbreviation: 'Zenrōdō', nameEn: null, today: [{ nameEn: 'B' }] },
      { abbreviation: 'zenrodo', nameEn: 'Item 10', today: [] },
      { abbreviation: 'Alpha', nameEn: 'Item 2', today: [{ nameEn: 'A' }, { nameEn: 'C' }] },
    ]);
    expect(ranked.map((r) => r.textRanks.union)).toEqual([1, 1, 0]);
    expect(ranked.map((r) => r.textRanks.name)).toEqual([null, 1, 0]);
    expect(ranked.map((r) => r.textRanks.today)).toEqual([1, null, 0]);
  });
});
