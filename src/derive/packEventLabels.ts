import { estimateTextWidth } from './estimateTextWidth';

interface Unplaced {
  /** The marker's position, a fraction of the axis. */
  x: number;
  label: string;
  /** Events the marker stands for: a cluster's marker is wider. */
  count: number;
}

interface Placement {
  row: number;
  anchor: 'start' | 'end';
  /** The label's box (marker included) at the packing width, in px; `y` is set by the caller. */
  labelBox: { x: number; y: number; width: number; height: number };
}

interface Candidate extends Placement {
  /** Where the label's text runs, in px: what a stem must not cross. */
  text: readonly [number, number];
  /** Whether a later marker's stem would cross the text. */
  crossesLater: boolean;
}

/** How many rows above plain packing's a label may climb to keep every stem clear of it. */
const CLIMB = 3;

/**
 * Rows and sides for event labels, packed at `width` px so they stay apart at any wider axis. Row
 * 0 is nearest the lanes, and each marker's stem runs down from its row through every row below,
 * so a label must neither overlap another label in its row, nor lie across a stem: not across an
 * earlier marker's that climbs past it, and, where a row or two higher avoids it, not across a
 * later one's either. A label reads rightwards from its marker, or leftwards where that keeps it
 * clear (or the axis ends). Greedy, in time order, and at most CLIMB rows above where plain
 * interval packing would put it; where no such row keeps clear (many events close together at
 * the axis's end), it goes where plain packing puts it.
 */
export function packEventLabels<M extends Unplaced>(
  marks: readonly M[],
  { width, gap, rowHeight }: { width: number; gap: number; rowHeight: number },
): Array<M & Placement> {
  const placed: Candidate[] = [];
  const stems: Array<{ x: number; row: number }> = [];
  return marks.map((mark, index) => {
    const x = mark.x * width;
    const labelWidth = estimateTextWidth(mark.label);
    // A cluster's marker is a wider stack of rings (TimelineChart), its label set further off.
    const inset = mark.count > 1 ? 11 : 8;
    const ring = inset - 2;
    const later = marks.slice(index + 1).map((next) => next.x * width);
    const sides = (['start', 'end'] as const).filter((anchor) =>
      anchor === 'start' ? x + inset + labelWidth <= width : x - inset - labelWidth >= 0,
    );
    const candidate = (row: number, anchor: 'start' | 'end'): Candidate | null => {
      const left = anchor === 'start' ? x - ring : x - inset - labelWidth;
      const right = anchor === 'start' ? x + inset + labelWidth : x + ring;
      const text = anchor === 'start' ? ([x + inset, right] as const) : ([left, x - inset] as const);
      const across = (stemX: number) => stemX > text[0] && stemX < text[1];
      const clear =
        placed.every((other) => other.row !== row || other.labelBox.x + other.labelBox.width + gap <= left) &&
        placed.every((other) => other.row >= row || !(x > other.text[0] && x < other.text[1])) &&
        stems.every((stem) => stem.row <= row || !across(stem.x));
      if (!clear) return null;
      const labelBox = { x: left, y: 0, width: right - left, height: rowHeight - 4 };
      return { row, anchor, labelBox, text, crossesLater: later.some(across) };
    };
    // Keeping clear may cost a row or two over plain packing, not a staircase of them.
    const plain = fallback(x, labelWidth, inset, ring, placed, { width, gap, rowHeight });
    const options: Candidate[] = [];
    for (let row = 0; row <= plain.row + CLIMB; row += 1) {
      for (const anchor of sides.length > 0 ? sides : (['end'] as const)) {
        const option = candidate(row, anchor);
        if (option !== null) options.push(option);
      }
    }
    const chosen = options.find((option) => !option.crossesLater) ?? options[0] ?? plain;
    placed.push(chosen);
    stems.push({ x, row: chosen.row });
    return { ...mark, row: chosen.row, anchor: chosen.anchor, labelBox: chosen.labelBox };
  });
}

/** Plain interval packing: the lowest row whose last label ends before this one starts. */
function fallback(
  x: number,
  labelWidth: number,
  inset: number,
  ring: number,
  placed: readonly Candidate[],
  { width, gap, rowHeight }: { width: number; gap: number; rowHeight: number },
): Candidate {
  const anchor: 'start' | 'end' = x + inset + labelWidth > width ? 'end' : 'start';
  const left = anchor === 'start' ? x - ring : x - inset - labelWidth;
  const right = anchor === 'start' ? x + inset + labelWidth : x + ring;
  let row = 0;
  while (placed.some((other) => other.row === row && other.labelBox.x + other.labelBox.width + gap > left)) row += 1;
  const text = anchor === 'start' ? ([x + inset, right] as const) : ([left, x - inset] as const);
  return {
    row,
    anchor,
    labelBox: { x: left, y: 0, width: right - left, height: rowHeight - 4 },
    text,
    crossesLater: false,
  };
}
