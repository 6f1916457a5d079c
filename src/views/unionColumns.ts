import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { UNION_SORT_KEYS } from '@/derive/unionSortKeys';

/*
 * The table sorts its rows itself (FoundingUnionsTable, with sortUnions), so TanStack needs the
 * sort state and headers only: no sorted row model and no sort functions.
 */
export const unionTableFeatures = tableFeatures({ rowSortingFeature });

const columnHelper = createColumnHelper<typeof unionTableFeatures, UnionRow>();

/*
 * What each column sorts by (numbers; unknown is undefined, kept last by sortUnions in both
 * directions), and which way its first click sorts: figures largest first, text A to Z.
 */
export const unionColumns = columnHelper.columns([
  columnHelper.accessor(UNION_SORT_KEYS.union, { id: 'union', header: 'Union', sortDescFirst: false }),
  columnHelper.accessor(UNION_SORT_KEYS.name, { id: 'name', header: 'English name', sortDescFirst: false }),
  columnHelper.accessor(UNION_SORT_KEYS.members, { id: 'members', header: 'Members, 1980', sortDescFirst: true }),
  columnHelper.accessor(UNION_SORT_KEYS.share, { id: 'share', header: 'Share of known total', sortDescFirst: true }),
  columnHelper.accessor(UNION_SORT_KEYS.today, { id: 'today', header: 'Today', sortDescFirst: false }),
]);

/** Right-aligned (numeric) columns. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['members', 'share']);
