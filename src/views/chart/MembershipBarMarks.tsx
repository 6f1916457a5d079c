import { em, percent } from '@/charts/svgUnits';
import { Text } from '@/charts/Text';
import type { PlacedBar } from '@/derive/layoutBars';

/** The slot drawn for an unknown value: a hatched box of fixed width, never a bar. */
export const UNKNOWN_SLOT_WIDTH = 44;
/** Between a label and what it labels, in pixels at the base font size. */
const LABEL_GAP = 8;

interface MembershipBarMarksProps {
  bar: PlacedBar;
  /** The bar's top, in pixels at the base font size, from the chart's top. */
  top: number;
  /** The labels' gutter to the plot's left, in the same pixels. */
  gutter: number;
  /** A length in those pixels as a share of the chart's height. */
  y: (pixels: number) => string;
  /** The hatching an unknown value's slot is filled with. */
  patternId: string;
  formatValue: (value: number) => string;
}

/** What one union's row draws: hit areas, its label, and its bar and value, or the hatched unknown slot. */
export function MembershipBarMarks({ bar, top, gutter, y, patternId, formatValue }: MembershipBarMarksProps) {
  const middle = y(top + bar.height / 2);
  return (
    <>
      {/* Hit areas over the label and the whole plot: thin bars are still easy to point at. */}
      <rect className="bar__hit" x={em(-gutter)} y={y(top - 2)} width={em(gutter)} height={y(bar.height + 4)} />
      <rect className="bar__hit bar__hit--plot" x="0" y={y(top - 2)} width="100%" height={y(bar.height + 4)} />
      <text className="bar__label" x={em(-LABEL_GAP)} y={middle} dy="0.35em" textAnchor="end">
        <Text svg>{bar.shortLabel}</Text>
      </text>
      {bar.length === null ? (
        <>
          <rect
            className="bar-unknown"
            x="0"
            y={y(top)}
            width={em(UNKNOWN_SLOT_WIDTH)}
            height={y(bar.height)}
            fill={`url(#${patternId})`}
          />
          <text className="bar__value" x={em(UNKNOWN_SLOT_WIDTH + LABEL_GAP)} y={middle} dy="0.35em">
            unknown
          </text>
        </>
      ) : (
        <>
          <rect className="bar__mark" x="0" y={y(top)} width={percent(bar.length)} height={y(bar.height)} />
          <text className="bar__value" x={percent(bar.length)} dx={em(6)} y={middle} dy="0.35em">
            {bar.value === null ? '' : formatValue(bar.value)}
          </text>
        </>
      )}
    </>
  );
}
