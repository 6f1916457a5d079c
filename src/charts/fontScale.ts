import { BASE_FONT_SIZE } from './svgUnits';

/**
 * How much larger than the base size a chart's text is drawn (1 by default, about 1.85 in the
 * present theme), read from the stylesheet: layouts are in pixels at the base size. Only for
 * placing things after an interaction; rendering never needs it.
 */
export function fontScale(chart: Element | null): number {
  if (chart === null) return 1;
  const size = Number.parseFloat(getComputedStyle(chart).fontSize);
  return Number.isFinite(size) && size > 0 ? size / BASE_FONT_SIZE : 1;
}
