import { nice, ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { estimateTextWidth, truncateToWidth } from './estimateTextWidth';
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
  /** The label as drawn: cut with an ellipsis where it is wider than the gutter (`label` is whole). */
  shortLabel: string;
  /** Top and height in pixels, at the chart's base font size. */
  y: number;
  height: number;
  /** The bar's length as a fraction of the plot's width; null for an unknown value. */
  length: number | null;
}

/**
 * A gridline: `x` is a fraction of the plot's width. `densities` are the tick sets it is in:
 * 0 for narrow plots, 1 for medium, 2 for wide; the stylesheet shows the one set that fits.
 */
export interface BarTick {
  value: number;
  x: number;
  densities: number[];
}

/**
 * The layout of a horizontal bar chart whose width is the browser's to decide: vertical
 * geometry in pixels (at the base font size), horizontal as fractions of the plot's width.
 */
export interface BarLayout {
  height: number;
  margin: Margin;
  innerHeight: number;
  /** From values to fractions of the plot's width. */
  xScale: LinearScale;
  ticks: BarTick[];
  bars: PlacedBar[];
}

export interface BarLayoutOptions {
  /** Height of one row (bar plus gap). */
  rowHeight?: number;
  /** Room for the value label after the longest bar. */
  valueLabelWidth?: number;
}

/** Between a label and the gutter's edges, in pixels at the base font size. */
const LABEL_PADDING = 14;
const MAX_LABEL_WIDTH = 220;
/** Tick counts for narrow, medium and wide plots; the stylesheet shows one set per width. */
const TICK_COUNTS = [2, 5, 10] as const;

/**
 * Horizontal bars on a linear scale from zero to the largest known value: rows from the number
 * of bars, label room from the longest label. Nothing depends on the width, so the same layout
 * is right at every width, on the server too. Pure: same input, same layout.
 */
export function layoutBars(
  data: readonly BarDatum[],
  { rowHeight = 30, valueLabelWidth = 64 }: BarLayoutOptions = {},
): BarLayout {
  const longestLabel = Math.max(0, ...data.map((datum) => estimateTextWidth(datum.label)));
  const margin: Margin = {
    top: 28,
    right: valueLabelWidth,
    bottom: 8,
    left: Math.round(Math.min(Math.max(longestLabel + LABEL_PADDING, 56), MAX_LABEL_WIDTH)),
  };
  const innerHeight = data.length * rowHeight;
  const largest = Math.max(0, ...data.map((datum) => datum.value ?? 0));
  const [, top] = nice(0, largest > 0 ? largest : 1, TICK_COUNTS[1]);
  const xScale = linearScale([0, top], [0, 1]);
  const yScale = scaleBand<string>()
    .domain(data.map((datum) => datum.key))
    .range([0, innerHeight])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  return {
    height: innerHeight + margin.top + margin.bottom,
    margin,
    innerHeight,
    xScale,
    ticks: createTicks(top, xScale),
    bars: data.map((datum) => ({
      ...datum,
      shortLabel: truncateToWidth(datum.label, MAX_LABEL_WIDTH - LABEL_PADDING),
      y: round(yScale(datum.key) ?? 0),
      height: round(yScale.bandwidth()),
      length: datum.value === null ? null : xScale(datum.value),
    })),
  };
}

/** Every tick of the three densities once, each with the densities it belongs to. */
function createTicks(top: number, xScale: LinearScale): BarTick[] {
  const byValue = new Map<number, BarTick>();
  TICK_COUNTS.forEach((count, density) => {
    for (const value of ticks(0, top, count)) {
      const tick = byValue.get(value) ?? { value, x: xScale(value), densities: [] };
      tick.densities.push(density);
      byValue.set(value, tick);
    }
  });
  return [...byValue.values()].sort((a, b) => a.value - b.value);
}

/** Hundredths of a pixel are finer than any screen: rounding keeps the SVG short and stable. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
