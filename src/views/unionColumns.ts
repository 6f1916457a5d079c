import {
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { compareKnown, UNION_SORT_KEYS } from '@/derive/unionSortKeys';

/** Numbers by size, text in reading order (the same rule the chart uses to follow the table). */
const sortFn_known = constructSortFn({ sort: (a: string | number, b: string | number) => compareKnown(a, b) });

export const unionTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { known: sortFn_known },
});

const columnHelper = createColumnHelper<typeof unionTableFeatures, UnionRow>();

/*
 * Accessors return `undefined` for unknown values, never `null`: TanStack's `sortUndefined: 'last'`
 * only recognises undefined, and it keeps unknowns last in both directions, as readers expect.
 */
export const unionColumns = columnHelper.columns([
  columnHelper.accessor(UNION_SORT_KEYS.union, { id: 'union', header: 'Union', sortFn: 'known' }),
  columnHelper.accessor(UNION_SORT_KEYS.name, { id: 'name', header: 'English name', sortFn: 'known', sortUndefined: 'last' }),
  columnHelper.accessor(UNION_SORT_KEYS.members, {
    id: 'members',
    header: 'Members, 1980',
    sortFn: 'known',
    sortUndefined: 'last',
    sortDescFirst: true,
  }),
  columnHelper.accessor(UNION_SORT_KEYS.share, {
    id: 'share',
    header: 'Share of known total',
    sortFn: 'known',
    sortUndefined: 'last',
    sortDescFirst: true,
  }),
  columnHelper.accessor(UNION_SORT_KEYS.today, { id: 'today', header: 'Today', sortFn: 'known', sortUndefined: 'last' }),
]);

/** Right-aligned (numeric) columns. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['members', 'share']);
