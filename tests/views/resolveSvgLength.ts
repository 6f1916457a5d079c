/** The chart's type size at the base theme (svgUnits' BASE_FONT_SIZE, the stylesheet's 13 px). */
const FONT_SIZE = 13;

/**
 * An SVG length as a browser of `width` px would draw it, in px: percentages of the plot's
 * width (or `of`, for vertical ones), em of the chart's type, plain numbers as pixels.
 */
export function resolveSvgLength(value: string | null, of: number): number {
  if (value === null) return Number.NaN;
  const number = Number.parseFloat(value);
  if (value.endsWith('%')) return (number / 100) * of;
  if (value.endsWith('em')) return number * FONT_SIZE;
  return number;
}
