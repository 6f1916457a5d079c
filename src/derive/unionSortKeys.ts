/** The texts a union sorts by; structural, so any dataset of the same shape fits. */
export interface TextSortableUnion {
  abbreviation: string;
  nameEn: string | null;
  today: ReadonlyArray<{ nameEn: string }>;
}

/** Each text column's place in reading order (equal texts share one); null where the text is unknown. */
export interface TextRanks {
  union: number;
  name: number | null;
  today: number | null;
}

/** What the sort keys read of a union. */
export interface SortableUnion {
  members1980: number | null;
  share: number | null;
  textRanks: TextRanks;
}

export type SortValue = number | undefined;

/*
 * The value each sortable column orders by: a number, so a sort of 10,000 rows compares numbers
 * rather than calling the collator 130,000 times. Unknown is `undefined` (never 0), which both
 * the table (TanStack's sortUndefined) and the chart keep last in either direction.
 */
export const UNION_SORT_KEYS = {
  union: (union: SortableUnion): SortValue => union.textRanks.union,
  name: (union: SortableUnion): SortValue => union.textRanks.name ?? undefined,
  members: (union: SortableUnion): SortValue => union.members1980 ?? undefined,
  share: (union: SortableUnion): SortValue => union.share ?? undefined,
  today: (union: SortableUnion): SortValue => union.textRanks.today ?? undefined,
};

export type UnionSortKey = keyof typeof UNION_SORT_KEYS;

/** The columns a `sort=` parameter may name. */
export const UNION_SORT_IDS: readonly string[] = Object.keys(UNION_SORT_KEYS);

export function isUnionSortKey(id: string): id is UnionSortKey {
  return Object.hasOwn(UNION_SORT_KEYS, id);
}

/** Text in reading order for people (2 before 10, accents beside their letters), not code points. */
const textCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Each text's place in the collator's order, equal texts sharing one; null stays null. */
function rankTexts(texts: ReadonlyArray<string | null>): Array<number | null> {
  const order = texts.flatMap((text, index) => (text === null ? [] : [index])).sort((a, b) =>
    textCollator.compare(texts[a] ?? '', texts[b] ?? ''),
  );
  const ranks: Array<number | null> = texts.map(() => null);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    const same = previous !== undefined && textCollator.compare(texts[previous] ?? '', texts[index] ?? '') === 0;
    ranks[index] = same ? (ranks[previous] ?? position) : position;
  });
  return ranks;
}

/** Each union with its text ranks, once per dataset: the only place text is compared. */
export function withTextRanks<T extends TextSortableUnion>(unions: readonly T[]): Array<T & { textRanks: TextRanks }> {
  const union = rankTexts(unions.map((item) => item.abbreviation));
  const name = rankTexts(unions.map((item) => item.nameEn));
  const today = rankTexts(
    unions.map((item) => (item.today.length === 0 ? null : item.today.map((affiliate) => affiliate.nameEn).join('; '))),
  );
  return unions.map((item, index) => ({
    ...item,
    textRanks: { union: union[index] ?? index, name: name[index] ?? null, today: today[index] ?? null },
  }));
}

/**
 * Orders unions as the table shows them and the chart follows it: multi-key, unknown last in both
 * directions, ties in the data's order. Each key is read once per union, then the sort compares
 * numbers in arrays, which keeps 10,000 unions to a few milliseconds.
 */
export function sortUnions<T extends SortableUnion>(
  unions: readonly T[],
  sorting: ReadonlyArray<{ id: string; desc: boolean }>,
): T[] {
  const keys = sorting.flatMap(({ id, desc }) =>
    isUnionSortKey(id) ? [{ values: unions.map(UNION_SORT_KEYS[id]), after: desc ? -1 : 1 }] : [],
  );
  const order = unions.map((_, index) => index);
  if (keys.length > 0) {
    order.sort((a, b) => {
      for (const { values, after } of keys) {
        const valueA = values[a];
        const valueB = values[b];
        if (valueA === valueB) continue;
        if (valueA === undefined) return 1;
        if (valueB === undefined) return -1;
        return valueA > valueB ? after : -after;
      }
      return a - b;
    });
  }
  return order.map((index) => unions[index] as T);
}
