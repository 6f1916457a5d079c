import { memo } from 'react';
import { HoverNote } from '@/charts/HoverNote';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { formatCount, formatShare } from '@/derive/format';

interface UnionTableRowProps {
  union: UnionRow;
  /** Emphasised because it is hovered, focused or pinned, here or in another view. */
  highlighted: boolean;
  pinned: boolean;
  /** Id of the text that says what the pin button does. */
  pinHintId: string;
  onHover: (abbreviation: string | null) => void;
  onPinToggle: (abbreviation: string) => void;
  /** Position among all rows, 1-based, for screen readers when rows are virtualised. */
  rowIndex?: number;
  /** Lets a virtualiser measure the row's real height. */
  measureRef?: (element: HTMLTableRowElement | null) => void;
}

const UNKNOWN_MEMBERS_NOTE = 'No source gives this union’s 1980 membership, so it is left out of the total.';

/** One union: its names, 1980 membership and share, and which union continues it today. */
export const UnionTableRow = memo(function UnionTableRow({
  union,
  highlighted,
  pinned,
  pinHintId,
  onHover,
  onPinToggle,
  rowIndex,
  measureRef,
}: UnionTableRowProps) {
  const hover = () => onHover(union.abbreviation);
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
      <th scope="row">
        <button
          type="button"
          className="pin-button"
          aria-pressed={pinned}
          aria-describedby={pinHintId}
          onClick={() => onPinToggle(union.abbreviation)}
        >
          {union.abbreviation}
        </button>
        {union.nameJa !== null && (
          <span className="name-ja" lang="ja">
            {union.nameJa}
          </span>
        )}
      </th>
      <td>{union.nameEn ?? <span className="muted">name not recorded</span>}</td>
      <td className="numeric">
        {union.members1980 === null ? (
          <HoverNote note={union.membersNote ?? UNKNOWN_MEMBERS_NOTE}>
            <span className="muted">unknown</span>
          </HoverNote>
        ) : (
          formatCount(union.members1980)
        )}
      </td>
      <td className="numeric">
        {union.share === null ? <span className="muted">unknown</span> : formatShare(union.share)}
      </td>
      <td>
        {union.today.length === 0 ? (
          <span className="muted">
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">no link recorded</span>
          </span>
        ) : (
          union.today.map((affiliate) => (
            <span key={affiliate.id} className="affiliate">
              {affiliate.nameEn}
            </span>
          ))
        )}
      </td>
    </tr>
  );
});
