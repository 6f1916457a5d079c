import { nice, ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { linearScale, type LinearScale } from './linearScale';

/** One bar's input: `value` null means unknown, which gets a slot of its own, never a 0 bar. */
export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlacedBar extends BarDatum {
  y: number;
  height: number;
  /** Length in pixels; null for an unknown value. */
  length: number | null;
}

export interface BarLayout {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  xScale: LinearScale;
  ticks: number[];
  bars: PlacedBar[];
}

export interface BarLayoutOptions {
  width: number;
  /** Height of one row (bar plus gap). */
  rowHeight?: number;
  /** Room for the value label after the longest bar. */
  valueLabelWidth?: number;
}

const CHAR_WIDTH = 7.6;
const MIN_TICK_SPACING = 72;

/**
 * Horizontal bars on a linear scale from zero to the largest known value: rows from the number
 * of bars, label room from the longest label, tick count from the width. Pure: same input, same
 * layout, so it can be tested and drawn on the server.
 */
export function layoutBars(data: readonly BarDatum[], { width, rowHeight = 30, valueLabelWidth = 64 }: BarLayoutOptions): BarLayout {
  const longestLabel = Math.max(0, ...data.map((datum) => datum.label.length));
  const margin: Margin = {
    top: 28,
    right: valueLabelWidth,
    bottom: 8,
    left: Math.round(Math.min(Math.max(longestLabel * CHAR_WIDTH + 14, 56), Math.max(width * 0.4, 56))),
  };
  const innerWidth = Math.max(Math.floor(width - margin.left - margin.right), 40);
  const innerHeight = data.length * rowHeight;
  const largest = Math.max(0, ...data.map((datum) => datum.value ?? 0));
  const tickCount = Math.max(2, Math.floor(innerWidth / MIN_TICK_SPACING));
  const [, top] = nice(0, largest > 0 ? largest : 1, tickCount);
  const xScale = linearScale([0, top], [0, innerWidth]);
  const yScale = scaleBand<string>()
    .domain(data.map((datum) => datum.key))
    .range([0, innerHeight])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  return {
    width,
    height: innerHeight + margin.top + margin.bottom,
    margin,
    innerWidth,
    innerHeight,
    xScale,
    ticks: ticks(0, top, tickCount),
    bars: data.map((datum) => ({
      ...datum,
      y: round(yScale(datum.key) ?? 0),
      height: round(yScale.bandwidth()),
      length: datum.value === null ? null : round(xScale(datum.value)),
    })),
  };
}

/** Hundredths of a pixel are finer than any screen: rounding keeps the SVG short and stable. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
