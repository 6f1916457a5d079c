/** What the sort keys read of a union; structural, so any dataset of the same shape fits. */
export interface SortableUnion {
  abbreviation: string;
  nameEn: string | null;
  members1980: number | null;
  share: number | null;
  today: ReadonlyArray<{ nameEn: string }>;
}

export type SortValue = string | number | undefined;

/*
 * The value each sortable column orders by. Unknown is `undefined` (never 0 or ''), which both
 * the table (TanStack's sortUndefined) and the chart keep last in either direction.
 */
export const UNION_SORT_KEYS = {
  union: (union: SortableUnion): SortValue => union.abbreviation,
  name: (union: SortableUnion): SortValue => union.nameEn ?? undefined,
  members: (union: SortableUnion): SortValue => union.members1980 ?? undefined,
  share: (union: SortableUnion): SortValue => union.share ?? undefined,
  today: (union: SortableUnion): SortValue =>
    union.today.length === 0 ? undefined : union.today.map((affiliate) => affiliate.nameEn).join('; '),
};

export type UnionSortKey = keyof typeof UNION_SORT_KEYS;

/** The columns a `sort=` parameter may name. */
export const UNION_SORT_IDS: readonly string[] = Object.keys(UNION_SORT_KEYS);

export function isUnionSortKey(id: string): id is UnionSortKey {
  return Object.hasOwn(UNION_SORT_KEYS, id);
}

/** Text in reading order for people (2 before 10, accents beside their letters), not code points. */
export const textCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Ascending comparison of two known values: numbers by size, text by the collator. */
export function compareKnown(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : textCollator.compare(String(a), String(b));
}

/**
 * Orders unions as the table's sort does (multi-key, unknown last in both directions, ties in
 * the data's order), for views that follow the table without being the table.
 */
export function sortUnions<T extends SortableUnion>(
  unions: readonly T[],
  sorting: ReadonlyArray<{ id: string; desc: boolean }>,
): T[] {
  const keys = sorting.flatMap(({ id, desc }) => (isUnionSortKey(id) ? [{ read: UNION_SORT_KEYS[id], desc }] : []));
  const indexed = unions.map((union, index) => ({ union, index }));
  indexed.sort((a, b) => {
    for (const { read, desc } of keys) {
      const valueA = read(a.union);
      const valueB = read(b.union);
      if (valueA === undefined || valueB === undefined) {
        if (valueA !== valueB) return valueA === undefined ? 1 : -1;
        continue;
      }
      const order = compareKnown(valueA, valueB);
      if (order !== 0) return desc ? -order : order;
    }
    return a.index - b.index;
  });
  return indexed.map(({ union }) => union);
}
