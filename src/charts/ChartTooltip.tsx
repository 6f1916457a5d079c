import type { ReactNode } from 'react';

interface ChartTooltipProps {
  id: string;
  /** Where to point, in the chart wrapper's pixels. */
  x: number;
  y: number;
  /** The wrapper's width, to keep the tooltip inside it (and so inside the viewport). */
  containerWidth: number;
  /** Open upwards from `y` (for marks low in the chart, so the tooltip stays on screen). */
  above?: boolean;
  children: ReactNode;
}

const TOOLTIP_WIDTH = 248;

/** A tooltip for a chart mark, shown on hover and focus; the mark names it with aria-describedby. */
export function ChartTooltip({ id, x, y, containerWidth, above = false, children }: ChartTooltipProps) {
  const width = Math.min(TOOLTIP_WIDTH, containerWidth);
  const left = Math.max(0, Math.min(x, containerWidth - width));
  return (
    <div
      role="tooltip"
      id={id}
      className={above ? 'chart-tooltip chart-tooltip--above' : 'chart-tooltip'}
      style={{ left, top: y, width }}
    >
      {children}
    </div>
  );
}
