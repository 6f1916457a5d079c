import { memo } from 'react';
import { flexRender, type Row } from '@tanstack/react-table';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import type { unionTableFeatures } from './unionTableFeatures';

interface UnionTableRowProps {
  row: Row<typeof unionTableFeatures, UnionRow>;
  /** Emphasised because it is hovered, focused or pinned, here or in another view. */
  highlighted: boolean;
  onHover: (abbreviation: string | null) => void;
  /** Position among all rows, 1-based, for screen readers when rows are virtualised. */
  rowIndex?: number;
  /** Lets a virtualiser measure the row's real height. */
  measureRef?: (element: HTMLTableRowElement | null) => void;
}

/** One union: each cell as its column definition renders it, the row header's in a `<th scope="row">`. */
export const UnionTableRow = memo(function UnionTableRow({
  row,
  highlighted,
  onHover,
  rowIndex,
  measureRef,
}: UnionTableRowProps) {
  const hover = () => onHover(row.original.abbreviation);
  const leave = () => onHover(null);
  return (
    <tr
      ref={measureRef}
      aria-rowindex={rowIndex}
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
      className={highlighted ? 'is-highlighted' : undefined}
      onMouseEnter={hover}
      onMouseLeave={leave}
      onFocus={hover}
      onBlur={leave}
    >
      {row.getAllCells().map((cell) => {
        const { meta } = cell.column.columnDef;
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return meta?.rowHeader === true ? (
          <th key={cell.id} scope="row">
            {content}
          </th>
        ) : (
          <td key={cell.id} className={meta?.numeric === true ? 'numeric' : undefined}>
            {content}
          </td>
        );
      })}
    </tr>
  );
});
