import { createColumnHelper, type ColumnFiltersState, type FilterFn, type Table } from '@tanstack/react-table';
import { Text } from '@/charts/Text';
import { AffiliateName } from '@/charts/AffiliateName';
import { HoverNote } from '@/charts/HoverNote';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { matchesMembers, matchesQuery, type UnionFilter } from '@/derive/filterUnions';
import { formatCount, formatShare } from '@/derive/format';
import { normalizeSearchText } from '@/derive/normalizeSearchText';
import { summariseMembership } from '@/derive/summariseMembership';
import { UNION_SORT_KEYS } from '@/derive/unionSortKeys';
import { UnionPinCell } from './UnionPinCell';
import type { unionTableFeatures } from './unionTableFeatures';

type Features = typeof unionTableFeatures;
const columnHelper = createColumnHelper<Features, UnionRow>();

/*
 * Every column sorts by a number its accessor reads (UNION_SORT_KEYS: text columns by their
 * reading-order rank, ranked once per dataset), unknown as undefined, which sorts last in both
 * directions (createRankedSortedRowModel).
 */

/** The filter box: a folded needle against every name of the union, folded once per dataset. */
const byQuery: FilterFn<Features, UnionRow> = (row, _id, needle: string) => matchesQuery(row.original, needle);
const byMembers: FilterFn<Features, UnionRow> = (row, _id, members: UnionFilter['members']) =>
  matchesMembers(row.original, members);

/** The reader's filter as TanStack's column filters: the query on the union, known or unknown on the members. */
export function toColumnFilters(filter: UnionFilter): ColumnFiltersState {
  const needle = normalizeSearchText(filter.query);
  return [
    ...(needle === '' ? [] : [{ id: 'union', value: needle }]),
    ...(filter.members === 'all' ? [] : [{ id: 'members', value: filter.members }]),
  ];
}

/** The rows the filter keeps (in any order): the footer totals them. */
const getShownSummary = (table: Table<Features, UnionRow>) =>
  summariseMembership(
    table.getFilteredRowModel().rows.map((row) => row.original),
    (union) => union.members,
  );

const unknown = <span className="muted">unknown</span>;

/**
 * The table's columns for figures of one date (`asOf`, a year such as "1952"): one definition gives a column its
 * header, cells, footer cell, sort and filter.
 */
export const createUnionColumns = (asOf: string) => {
  const unknownNote = `No source gives this union’s ${asOf} membership, so it is left out of the total.`;
  return columnHelper.columns([
    columnHelper.accessor(UNION_SORT_KEYS.union, {
      id: 'union',
      header: 'Union',
      cell: ({ row }) => <UnionPinCell union={row.original} />,
      // Under a filter the total is of the rows shown, and says so (the shares stay of all: see below).
      footer: ({ table }) => {
        const shown = table.getFilteredRowModel().rows.length;
        return shown === table.getCoreRowModel().rows.length
          ? 'Known total'
          : `Known total of the ${formatCount(shown)} shown`;
      },
      filterFn: byQuery,
      sortDescFirst: false,
      meta: { rowHeader: true },
    }),
    columnHelper.accessor(UNION_SORT_KEYS.name, {
      id: 'name',
      header: 'English name',
      cell: ({ row }) =>
        row.original.nameEn === null ? (
          <HoverNote note={row.original.nameEnNote ?? 'No source read records its English name.'}>
            <span className="muted">name not recorded</span>
          </HoverNote>
        ) : (
          <Text>{row.original.nameEn}</Text>
        ),
      footer: ({ table }) => {
        const shown = getShownSummary(table);
        return `${formatCount(shown.knownCount)} of ${formatCount(shown.count)} known`;
      },
      sortDescFirst: false,
    }),
    columnHelper.accessor(UNION_SORT_KEYS.members, {
      id: 'members',
      header: `Members, ${asOf}`,
      cell: ({ row: { original } }) =>
        original.members === null ? (
          <HoverNote note={original.membersNote ?? unknownNote}>{unknown}</HoverNote>
        ) : (
          formatCount(original.members)
        ),
      footer: ({ table }) => {
        const shown = getShownSummary(table);
        return shown.knownCount === 0 ? 'none known' : formatCount(shown.knownTotal);
      },
      filterFn: byMembers,
      sortDescFirst: true,
      meta: { numeric: true },
    }),
    columnHelper.accessor(UNION_SORT_KEYS.share, {
      id: 'share',
      header: 'Share of known total',
      // Under a filter the total beside is of the rows shown; the shares stay of all, and say so.
      footer: ({ table }) => {
        const rows = table.getCoreRowModel().rows;
        if (table.getFilteredRowModel().rows.length === rows.length) return '';
        const all = summariseMembership(
          rows.map((row) => row.original),
          (union) => union.members,
        );
        return all.knownCount === 0 ? '' : `shares of all ${formatCount(all.knownTotal)}`;
      },
      cell: ({ row }) => (row.original.share === null ? unknown : formatShare(row.original.share)),
      sortDescFirst: true,
      meta: { numeric: true },
    }),
    columnHelper.accessor(UNION_SORT_KEYS.today, {
      id: 'today',
      header: 'Today',
      cell: ({ row }) =>
        row.original.today.length === 0 ? (
          <span className="muted">
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">no link recorded</span>
          </span>
        ) : (
          row.original.today.map((affiliate) => <AffiliateName key={affiliate.id} affiliate={affiliate} />)
        ),
      sortDescFirst: false,
    }),
  ]);
};
