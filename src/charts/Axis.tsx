import { percent } from './svgUnits';

/** A tick at `x`, a fraction of the plot's width; `className` says at which widths it shows. */
export interface AxisTick {
  key: string | number;
  x: number;
  /** The tick's label, or null for a gridline without one. */
  label: string | null;
  className?: string;
}

interface AxisProps {
  className: string;
  ticks: readonly AxisTick[];
  /** Where the gridlines start and end, and the labels' baseline: SVG lengths. */
  y1: string;
  y2: string;
  labelY: string;
}

/** A horizontal axis drawn by React from a scale's ticks: a gridline across the plot per tick, each labelled. */
export function Axis({ className, ticks, y1, y2, labelY }: AxisProps) {
  return (
    <g className={className} aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick.key} className={tick.className}>
          <line x1={percent(tick.x)} x2={percent(tick.x)} y1={y1} y2={y2} />
          {tick.label !== null && (
            <text x={percent(tick.x)} y={labelY} textAnchor="middle">
              {tick.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
