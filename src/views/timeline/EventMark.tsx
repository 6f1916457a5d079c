import type { ReactNode } from 'react';
import { em, percent } from '@/charts/svgUnits';

interface EventMarkProps {
  /** Fraction of the axis's width. */
  x: number;
  /** The marker's centre, in pixels below the chart's top margin. */
  y: number;
  anchor: 'start' | 'end';
  current: boolean;
  /** From layout pixels to the SVG's vertical position. */
  y0: (pixels: number) => string;
  /** Where the leader line ends: the bottom of the lanes. */
  bottom: number;
  /** Several events behind one marker: drawn as a stack of two rings. */
  stacked?: boolean;
  children: ReactNode;
}

/** An event's marker on the timeline: a leader line down to the lanes, a ring, and its label. */
export function EventMark({ x, y, anchor, current, y0, bottom, stacked = false, children }: EventMarkProps) {
  const r = current ? 7 : 5;
  return (
    <>
      <line className="timeline-event__leader" x1={percent(x)} x2={percent(x)} y1={y0(y + 6)} y2={y0(bottom)} />
      {stacked && <circle className="timeline-event__stack" cx={percent(x)} cy={y0(y)} r={em(r + 3)} />}
      <circle cx={percent(x)} cy={y0(y)} r={em(r)} />
      <text
        x={percent(x)}
        dx={em(anchor === 'start' ? (stacked ? 11 : 8) : stacked ? -11 : -8)}
        y={y0(y)}
        dy="0.35em"
        textAnchor={anchor}
      >
        {children}
      </text>
    </>
  );
}
