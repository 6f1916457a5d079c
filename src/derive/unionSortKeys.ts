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
  members: number | null;
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
  members: (union: SortableUnion): SortValue => union.members ?? undefined,
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
let textCollator: Intl.Collator | undefined;

/** Each text's place in the collator's order, equal texts sharing one; null stays null. */
function rankTexts(texts: ReadonlyArray<string | null>): Array<number | null> {
  const collator = (textCollator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));
  const order = texts
    .flatMap((text, index) => (text === null ? [] : [index]))
    .sort((a, b) => collator.compare(texts[a] ?? '', texts[b] ?? ''));
  const ranks: Array<number | null> = texts.map(() => null);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    const same = previous !== undefined && collator.compare(texts[previous] ?? '', texts[index] ?? '') === 0;
    ranks[index] = same ? (ranks[previous] ?? position) : position;
  });
  return ranks;
}

interface RankTable {
  union: Array<number | null>;
  name: Array<number | null>;
  today: Array<number | null>;
}

/*
 * One union's ranks, read from its dataset's table. The table is built on the first read, not
 * with the dataset: a page opens in the source's order or by membership, and the first collator
 * a page creates costs ~20 ms of locale loading (4x that on a slow phone) on the way to hydration.
 */
class LazyTextRanks implements TextRanks {
  constructor(
    private readonly table: () => RankTable,
    private readonly index: number,
  ) {}
  get union(): number {
    return this.table().union[this.index] ?? this.index;
  }
  get name(): number | null {
    return this.table().name[this.index] ?? null;
  }
  get today(): number | null {
    return this.table().today[this.index] ?? null;
  }
}

/** Each union with its text ranks, ranked once per dataset when first read: the only place text is compared. */
export function withTextRanks<T extends TextSortableUnion>(unions: readonly T[]): Array<T & { textRanks: TextRanks }> {
  let table: RankTable | undefined;
  const rankAll = (): RankTable =>
    (table ??= {
      union: rankTexts(unions.map((item) => item.abbreviation)),
      name: rankTexts(unions.map((item) => item.nameEn)),
      today: rankTexts(
        unions.map((item) =>
          item.today.length === 0 ? null : item.today.map((affiliate) => affiliate.nameEn).join('; '),
        ),
      ),
    });
  return unions.map((item, index) => ({ ...item, textRanks: new LazyTextRanks(rankAll, index) }));
}

/**
 * Orders unions as the table does (TanStack's sorted row model over the same keys), for the chart
 * that follows it: multi-key, unknown last in both directions, ties in the data's order (the sort is stable).
 */
export function sortUnions<T extends SortableUnion>(
  unions: readonly T[],
  sorting: ReadonlyArray<{ id: string; desc: boolean }>,
): T[] {
  const keys = sorting.flatMap(({ id, desc }) => (isUnionSortKey(id) ? [{ read: UNION_SORT_KEYS[id], desc }] : []));
  return [...unions].sort((a, b) => {
    for (const { read, desc } of keys) {
      const valueA = read(a);
      const valueB = read(b);
      if (valueA === valueB) continue;
      if (valueA === undefined) return 1;
      if (valueB === undefined) return -1;
      return desc ? valueB - valueA : valueA - valueB;
    }
    return 0;
  });
}
