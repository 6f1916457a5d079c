import {
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { UnionRow } from '@/dataset/createDerivedDataset';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Text in reading order for people (Zenkōken near Zenkoken, 2 before 10), not code-point order. */
const sortFn_collated = constructSortFn({ sort: (a: string, b: string) => collator.compare(a, b) });

export const unionTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { collated: sortFn_collated, basic: sortFn_basic },
});

const columnHelper = createColumnHelper<typeof unionTableFeatures, UnionRow>();

/*
 * Unknown values are read as `undefined`, not `null`: TanStack's `sortUndefined: 'last'` only
 * recognises undefined, and it keeps unknowns last in both directions, as readers expect.
 */
export const unionColumns = columnHelper.columns([
  columnHelper.accessor((union) => union.abbreviation, { id: 'union', header: 'Union', sortFn: 'collated' }),
  columnHelper.accessor((union) => union.nameEn ?? undefined, {
    id: 'name',
    header: 'English name',
    sortFn: 'collated',
    sortUndefined: 'last',
  }),
  columnHelper.accessor((union) => union.members1980 ?? undefined, {
    id: 'members',
    header: 'Members, 1980',
    sortFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: true,
  }),
  columnHelper.accessor((union) => union.share ?? undefined, {
    id: 'share',
    header: 'Share of known total',
    sortFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: true,
  }),
  columnHelper.accessor((union) => (union.today.length === 0 ? undefined : union.today.map((a) => a.nameEn).join('; ')), {
    id: 'today',
    header: 'Today',
    sortFn: 'collated',
    sortUndefined: 'last',
  }),
]);

/** The columns a `sort=` parameter may name. */
export const UNION_SORT_IDS: readonly string[] = unionColumns.map((column) => column.id ?? '');

/** Right-aligned (numeric) columns. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['members', 'share']);
