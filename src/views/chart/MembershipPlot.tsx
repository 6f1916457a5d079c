import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ChartTooltip } from '@/charts/ChartTooltip';
import { fontScale } from '@/charts/fontScale';
import type { PlacedBar } from '@/derive/layoutBars';
import { UNKNOWN_SLOT_WIDTH } from './MembershipBarMarks';
import { MembershipBars, type MembershipBarsProps } from './MembershipBars';

export interface MembershipPlotProps extends Omit<MembershipBarsProps, 'tooltipId' | 'svgRef'> {
  /** The frame's size in CSS pixels: the bars fill it, and the tooltip stays inside it. */
  width: number;
  /** 0 where the chart takes its own height; else the height it is stretched to. */
  height: number;
  /** The tooltip's id and what it says about `key`'s bar, while one is shown. */
  tooltip: { id: string; key: string; content: ReactNode } | null;
}

/** From the bar's end to the tooltip's edge, and from the bar's edge to the tooltip's. */
const TOOLTIP_OFFSET = { x: 12, y: 4 };

/**
 * The bar chart at a given size: the bars (whose geometry the browser resolves from the same
 * layout at any width) and the tooltip, placed in the frame's pixels at the end of its bar.
 */
export function MembershipPlot({ width, height, tooltip, ...bars }: MembershipPlotProps) {
  const { layout, onBarEnter } = bars;
  const svgRef = useRef<SVGSVGElement>(null);
  const [scale, setScale] = useState(1);
  const onEnter = useCallback(
    (key: string) => {
      setScale(fontScale(svgRef.current));
      onBarEnter(key);
    },
    [onBarEnter],
  );
  // The plot is what the label gutter and the value room leave of the width; rows scale with the drawn height.
  const { margin } = layout;
  const plotWidth = width - (margin.left + margin.right) * scale;
  const rowScale = height > 0 ? height / layout.height : scale;
  const above = (bar: PlacedBar) => bar.y > layout.innerHeight / 2;
  const barEnd = (bar: PlacedBar) => (bar.length === null ? UNKNOWN_SLOT_WIDTH * scale : bar.length * plotWidth);
  const tipX = (bar: PlacedBar) => margin.left * scale + barEnd(bar) + TOOLTIP_OFFSET.x;
  const tipY = (bar: PlacedBar) =>
    (margin.top + (above(bar) ? bar.y - TOOLTIP_OFFSET.y : bar.y + bar.height + TOOLTIP_OFFSET.y)) * rowScale;
  const tipBar = tooltip === null ? undefined : layout.bars.find((bar) => bar.key === tooltip.key);
  const tipId = tooltip?.id ?? null;

  return (
    <>
      <MembershipBars {...bars} svgRef={svgRef} onBarEnter={onEnter} tooltipId={tipBar === undefined ? null : tipId} />
      {tooltip !== null && tipBar !== undefined && (
        <ChartTooltip id={tooltip.id} x={tipX(tipBar)} y={tipY(tipBar)} above={above(tipBar)} containerWidth={width}>
          {tooltip.content}
        </ChartTooltip>
      )}
    </>
  );
}
