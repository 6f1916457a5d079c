import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ChartTooltip } from '@/charts/ChartTooltip';
import { fontScale } from '@/charts/fontScale';
import { TimelineChart, type TimelineChartProps } from './TimelineChart';

export interface TimelinePlotProps extends Omit<TimelineChartProps, 'tooltipId' | 'svgRef'> {
  /** The frame's width in CSS pixels: narrower than the chart's least width, the chart scrolls sideways in it. */
  width: number;
  /** The tooltip's id and what it says about the mark `tooltipFor`, while one is shown. */
  tooltip: { id: string; content: ReactNode } | null;
}

/** The type's scale and the scrolling frame's side padding (where labels at the axis's ends run), as styled. */
interface FrameStyle {
  scale: number;
  padding: number;
}

/** What is drawn before the stylesheet is read (and on the server): the width alone decides. */
const UNSTYLED: FrameStyle = { scale: 1, padding: 0 };
/** From a mark to the tooltip's corner: x in pixels, y in pixels at the base font size. */
const TOOLTIP_OFFSET = { x: 12, y: 14 };

/**
 * The timeline at a given width: the chart in a frame that scrolls sideways when the width is less
 * than the chart's least width (then keyboards reach it, and the current event is kept in view),
 * and the tooltip, placed in the frame's pixels.
 */
export function TimelinePlot({ width, tooltip, ...chart }: TimelinePlotProps) {
  const { layout, tooltipFor, currentIndex } = chart;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [style, setStyle] = useState(UNSTYLED);
  const readStyle = useCallback(() => {
    const frame = frameRef.current;
    const padding = frame === null ? 0 : Number.parseFloat(getComputedStyle(frame).paddingLeft);
    const next = { scale: fontScale(svgRef.current), padding: Number.isFinite(padding) ? padding : 0 };
    setStyle((previous) => (previous.scale === next.scale && previous.padding === next.padding ? previous : next));
  }, []);
  // The padding and the type's size follow the theme and the width: read again when the width changes.
  useEffect(readStyle, [readStyle, width]);
  const { scale, padding } = style;
  const scrollsSideways = width < layout.minWidth * scale + padding * 2;
  const axisWidth = Math.max(width - padding * 2, layout.minWidth * scale);
  const currentX = layout.events[currentIndex]?.x;

  // Where the timeline scrolls inside its frame (narrow screens), keep the current event in view.
  // Wide frames do not scroll, and are not asked for their layout (that would force one while hydrating).
  useEffect(() => {
    const frame = frameRef.current;
    if (!scrollsSideways || frame === null || currentX === undefined) return;
    frame.scrollLeft = padding + currentX * (frame.scrollWidth - padding * 2) - frame.clientWidth / 2;
  }, [scrollsSideways, currentX, padding]);

  const onTooltip = chart.onTooltip;
  const onMarkTooltip = useCallback(
    (id: string | null) => {
      if (id !== null) readStyle();
      onTooltip(id);
    },
    [onTooltip, readStyle],
  );
  const tipMark =
    layout.marks.find((mark) => mark.id === tooltipFor) ??
    layout.branches.find((branch) => branch.id === tooltipFor)?.end;
  const tipX = padding + (tipMark?.x ?? 0) * axisWidth + TOOLTIP_OFFSET.x;
  const tipY = (layout.margin.top + (tipMark?.y ?? 0) + TOOLTIP_OFFSET.y) * scale;

  return (
    <div
      className="timeline-scroll"
      data-export-frame
      ref={frameRef}
      tabIndex={scrollsSideways ? 0 : undefined}
      role={scrollsSideways ? 'group' : undefined}
      aria-label={scrollsSideways ? 'Timeline, scrolls sideways' : undefined}
    >
      <TimelineChart {...chart} svgRef={svgRef} onTooltip={onMarkTooltip} tooltipId={tooltip?.id ?? null} />
      {tooltip !== null && (
        <ChartTooltip id={tooltip.id} x={tipX} y={tipY} containerWidth={axisWidth + padding * 2}>
          {tooltip.content}
        </ChartTooltip>
      )}
    </div>
  );
}
