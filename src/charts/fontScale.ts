import { BASE_FONT_SIZE } from './svgUnits';

/**
 * How much larger than the base size a chart's text is drawn (1 by default, about 1.85 in the
 * present theme), read from the stylesheet: layouts are in pixels at the base size. Only for
 * placing things after an interaction; rendering never needs it.
 */
export function fontScale(element: Element | null): number {
  const chart = element?.querySelector('svg[role="group"]');
  if (chart === null || chart === undefined) return 1;
  const size = Number.parseFloat(getComputedStyle(chart).fontSize);
  return Number.isFinite(size) && size > 0 ? size / BASE_FONT_SIZE : 1;
}
