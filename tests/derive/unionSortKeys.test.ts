import { describe, expect, it } from 'vitest';
import { sortUnions, withTextRanks } from '@/derive/unionSortKeys';

const union = (abbreviation: string, members: number | null, nameEn: string | null = abbreviation) => ({
  abbreviation,
  nameEn,
  members,
  share: members === null ? null : members / 100,
  today: [],
});

const UNIONS = withTextRanks([union('b2', 5), union('A10', null), union('a2', 7, null), union('C', 5)]);

describe('sortUnions', () => {
  it('keeps unknown values last in both directions', () => {
    expect(sortUnions(UNIONS, [{ id: 'members', desc: true }]).map((u) => u.abbreviation)).toEqual([
      'a2',
      'b2',
      'C',
      'A10',
    ]);
    expect(sortUnions(UNIONS, [{ id: 'members', desc: false }]).map((u) => u.abbreviation)).toEqual([
      'b2',
      'C',
      'a2',
      'A10',
    ]);
    expect(sortUnions(UNIONS, [{ id: 'name', desc: true }]).at(-1)?.abbreviation).toBe('a2');
  });

  it('sorts text for people: case-insensitive, numbers by value', () => {
    expect(sortUnions(UNIONS, [{ id: 'union', desc: false }]).map((u) => u.abbreviation)).toEqual([
      'a2',
      'A10',
      'b2',
      'C',
    ]);
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

describe('sortUnions over many unions', () => {
  // Few distinct values and many unknowns, so ties and unknowns meet in every direction.
  const random = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const next = random(7);
  const many = withTextRanks(
    Array.from({ length: 500 }, (_, index) =>
      union(
        `U${index}`,
        next() < 0.2 ? null : Math.floor(next() * 20),
        next() < 0.1 ? null : `Name ${Math.floor(next() * 30)}`,
      ),
    ),
  );
  // The plain definition: a stable comparator sort, unknown last in either direction.
  const byDefinition = (sorting: Array<{ id: 'members' | 'name'; desc: boolean }>) =>
    [...many]
      .sort((a, b) => {
        for (const { id, desc } of sorting) {
          const valueA = id === 'members' ? a.members : a.textRanks.name;
          const valueB = id === 'members' ? b.members : b.textRanks.name;
          if (valueA === valueB) continue;
          if (valueA === null) return 1;
          if (valueB === null) return -1;
          return (valueA < valueB ? -1 : 1) * (desc ? -1 : 1);
        }
        return 0;
      })
      .map((u) => u.abbreviation);

  it.each([
    [[{ id: 'members', desc: false }]],
    [[{ id: 'members', desc: true }]],
    [[{ id: 'name', desc: true }]],
    [
      [
        { id: 'members', desc: true },
        { id: 'name', desc: false },
      ],
    ],
    [
      [
        { id: 'name', desc: false },
        { id: 'members', desc: true },
      ],
    ],
  ] as const)('orders them as a stable sort would, unknown last: %j', (sorting) => {
    const expected = byDefinition(sorting.map((key) => ({ ...key })));
    expect(sortUnions(many, sorting).map((u) => u.abbreviation)).toEqual(expected);
    // Again, from the orders worked out on the first sort.
    expect(sortUnions(many, sorting).map((u) => u.abbreviation)).toEqual(expected);
  });
});
