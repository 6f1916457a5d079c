/*
 * A chart's SVG is laid out for the width of whatever holds it by the browser, not by script, so
 * the prerendered picture is already the final one: horizontal positions are percentages of the
 * plot's width, and lengths that belong to text (label room, row heights, offsets) are in em of
 * the chart's font size, which the stylesheet sets (13 px, larger in the present theme). Layouts
 * work in pixels at that base size; these turn them into SVG lengths.
 */
export const BASE_FONT_SIZE = 13;

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** A length in pixels at the base font size, as em. */
export function em(pixels: number): string {
  return `${round(pixels / BASE_FONT_SIZE, 3)}em`;
}

/** A fraction of the plot's width or height (0 to 1), as a percentage. */
export function percent(fraction: number): string {
  return `${round(fraction * 100, 3)}%`;
}
