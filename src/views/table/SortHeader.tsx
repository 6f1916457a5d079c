import { flexRender, type Header } from '@tanstack/react-table';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import type { unionTableFeatures } from './unionTableFeatures';

interface SortHeaderProps {
  header: Header<typeof unionTableFeatures, UnionRow, unknown>;
  /** How many columns are sorted: the position number only shows in a multi-sort. */
  sortCount: number;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A column header, as its definition renders it, whose button cycles the sort (Enter, Space or
 * click; with Shift it adds a further sort key). The direction is a shape (▲ ▼), not colour;
 * `aria-sort` is set on the first sort key only, as ARIA asks, and later keys are named in the
 * button's text.
 */
export function SortHeader({ header, sortCount }: SortHeaderProps) {
  const { column } = header;
  const direction = column.getIsSorted();
  const index = column.getSortIndex();
  const ariaSort = direction !== false && index === 0 ? ARIA_SORT[direction] : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={column.columnDef.meta?.numeric === true ? 'numeric' : undefined}>
      <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
        <span>{flexRender(column.columnDef.header, header.getContext())}</span>
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '△▽'}
          {direction !== false && sortCount > 1 && <sub>{index + 1}</sub>}
        </span>
        {direction !== false && index > 0 && (
          <span className="visually-hidden">
            , sort key {index + 1}, {ARIA_SORT[direction]}
          </span>
        )}
      </button>
    </th>
  );
}
