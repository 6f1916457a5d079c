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
let textCollator: Intl.Collator | undefined;

/** Each text's place in the collator's order, equal texts sharing one; null stays null. */
function rankTexts(texts: ReadonlyArray<string | null>): Array<number | null> {
  const collator = (textCollator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));
  const order = texts.flatMap((text, index) => (text === null ? [] : [index])).sort((a, b) =>
    collator.compare(texts[a] ?? '', texts[b] ?? ''),
  );
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
        unions.map((item) => (item.today.length === 0 ? null : item.today.map((affiliate) => affiliate.nameEn).join('; '))),
      ),
    });
  return unions.map((item, index) => ({ ...item, textRanks: new LazyTextRanks(rankAll, index) }));
}

/** Unknown sorts as +Infinity: after every known value, in either direction (see sortUnions). */
const UNKNOWN = Number.POSITIVE_INFINITY;

/** One column of a dataset, read once: its values, and its ascending order (unknown last, ties in the data's order). */
interface SortColumn {
  values: Float64Array;
  ascending: Uint32Array;
}

const columnsByDataset = new WeakMap<readonly SortableUnion[], Map<UnionSortKey, SortColumn>>();

/** The indices 0..n-1 ordered by the keys, each ascending or descending, unknown last, ties by index. */
function sortIndices(count: number, keys: ReadonlyArray<{ values: Float64Array; after: number }>): Uint32Array {
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  return order.sort((a, b) => {
    for (const { values, after } of keys) {
      const valueA = values[a] ?? UNKNOWN;
      const valueB = values[b] ?? UNKNOWN;
      if (valueA === valueB) continue;
      if (valueA === UNKNOWN) return 1;
      if (valueB === UNKNOWN) return -1;
      return valueA > valueB ? after : -after;
    }
    return a - b;
  });
}

function columnOf(unions: readonly SortableUnion[], key: UnionSortKey): SortColumn {
  let columns = columnsByDataset.get(unions);
  if (columns === undefined) {
    columns = new Map<UnionSortKey, SortColumn>();
    columnsByDataset.set(unions, columns);
  }
  let column = columns.get(key);
  if (column === undefined) {
    const read = UNION_SORT_KEYS[key];
    const values = Float64Array.from(unions, (union) => read(union) ?? UNKNOWN);
    column = { values, ascending: sortIndices(unions.length, [{ values, after: 1 }]) };
    columns.set(key, column);
  }
  return column;
}

/** A column's descending order from its ascending one: runs of equal values in reverse, each run still in the data's order, unknown last. */
function descendingOrder({ values, ascending }: SortColumn): Uint32Array {
  const order = new Uint32Array(ascending.length);
  const valueAt = (position: number) => values[ascending[position] ?? 0] ?? UNKNOWN;
  let known = 0;
  while (known < ascending.length && valueAt(known) !== UNKNOWN) known += 1;
  let written = 0;
  for (let end = known; end > 0; ) {
    let start = end - 1;
    while (start > 0 && valueAt(start - 1) === valueAt(end - 1)) start -= 1;
    order.set(ascending.subarray(start, end), written);
    written += end - start;
    end = start;
  }
  order.set(ascending.subarray(known), written);
  return order;
}

/**
 * Orders unions as the table shows them and the chart follows it: multi-key, unknown last in both
 * directions, ties in the data's order. Each column is read and ordered once per dataset, on its
 * first sort; after that a sort by one column takes one pass over the unions (a fraction of a
 * millisecond for 10,000), and a sort by several compares numbers in typed arrays.
 */
export function sortUnions<T extends SortableUnion>(
  unions: readonly T[],
  sorting: ReadonlyArray<{ id: string; desc: boolean }>,
): T[] {
  const keys = sorting.flatMap(({ id, desc }) => (isUnionSortKey(id) ? [{ column: columnOf(unions, id), desc }] : []));
  if (keys.length === 0) return [...unions];
  return Array.from(orderBy(unions.length, keys), (index) => unions[index] as T);
}

/** The unions' indices in order: one column from its stored order, several by comparing their values. */
function orderBy(count: number, keys: ReadonlyArray<{ column: SortColumn; desc: boolean }>): Uint32Array {
  const [only] = keys;
  if (keys.length === 1 && only !== undefined) return only.desc ? descendingOrder(only.column) : only.column.ascending;
  return sortIndices(count, keys.map(({ column, desc }) => ({ values: column.values, after: desc ? -1 : 1 })));
}
