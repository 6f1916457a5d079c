export interface Point {
  x: number;
  y: number;
}

/** Thousandths of a pixel, as d3-shape writes path coordinates. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The path d3-shape's linkHorizontal() draws: one cubic Bézier whose control points sit halfway
 * along x, so the curve leaves and arrives level. d3-shape ships as one module of every curve
 * and symbol that the bundler cannot prune (about 4 KB gzipped for this one line); tests pin
 * this to linkHorizontal's output.
 */
export function horizontalLink(source: Point, target: Point): string {
  const middle = round((source.x + target.x) / 2);
  const [x0, y0, x1, y1] = [source.x, source.y, target.x, target.y].map(round);
  return `M${x0},${y0}C${middle},${y0},${middle},${y1},${x1},${y1}`;
}
