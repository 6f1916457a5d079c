import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Row } from '@tanstack/react-table';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import type { unionTableFeatures } from './unionTableFeatures';

type TableRow = Row<typeof unionTableFeatures, UnionRow>;

interface VirtualUnionRowsProps {
  rows: readonly TableRow[];
  columnCount: number;
  renderRow: (row: TableRow, rowIndex: number, measureRef: (element: HTMLTableRowElement | null) => void) => ReactNode;
}

/** A first guess at a row's height; each row is measured once drawn. */
const ESTIMATED_ROW_HEIGHT = 56;

/**
 * Only the rows near the window's viewport are in the DOM, with spacer rows keeping the scroll
 * height: sorting thousands of unions then moves a few dozen rows, not thousands. The page keeps
 * one scrollbar (the window's), so nothing scrolls inside anything else.
 */
export function VirtualUnionRows({ rows, columnCount, renderRow }: VirtualUnionRowsProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page; re-measured when a resize reflows what sits above them.
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 10,
    scrollMargin,
    // Sizes are cached by position (the default key), not by union: a sort then leaves the
    // 10,000 cached positions as they are, and the rows drawn are measured again as they mount.
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const paddingTop = first === undefined ? 0 : first.start - scrollMargin;
  const paddingBottom = last === undefined ? 0 : virtualizer.getTotalSize() - (last.end - scrollMargin);
  return (
    <tbody ref={bodyRef}>
      {paddingTop > 0 && <Spacer height={paddingTop} columnCount={columnCount} />}
      {items.map((item) => {
        const row = rows[item.index];
        // Row 1 is the header row, so body rows start at 2.
        return row === undefined ? null : renderRow(row, item.index + 2, virtualizer.measureElement);
      })}
      {paddingBottom > 0 && <Spacer height={paddingBottom} columnCount={columnCount} />}
    </tbody>
  );
}

function Spacer({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  );
}
