/*
 * What a chart draws with, written onto its copy: the page's stylesheet does not travel with an
 * exported file.
 */

const round = (value: number) => Math.round(value * 100) / 100;

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-decoration',
] as const;

const LENGTHS = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'dx', 'dy'] as const;

/*
 * On the page, positions are percentages of the plot and lengths are em of its type, which every
 * browser resolves; some tools do not (Inkscape 1.2 draws a 1em-wide glyph box hundreds of pixels
 * wide). The copy takes the lengths as the browser resolved them, in px.
 */
function resolveLengths(source: Element, target: Element): void {
  if (typeof SVGLength === 'undefined') return;
  for (const name of LENGTHS) {
    const raw = source.getAttribute(name);
    if (raw === null || !/[a-z%]$/i.test(raw.trim()) || raw.trim().endsWith('px')) continue;
    const animated = (source as unknown as Record<string, { baseVal?: unknown } | undefined>)[name]?.baseVal;
    if (animated instanceof SVGLength) target.setAttribute(name, String(round(animated.value)));
    if (animated instanceof SVGLengthList && animated.numberOfItems > 0) {
      const values = Array.from({ length: animated.numberOfItems }, (_, index) => round(animated.getItem(index).value));
      target.setAttribute(name, values.join(' '));
    }
  }
}

/*
 * The page's stylesheet does not travel with the file, so what it draws with is written onto each
 * element as SVG presentation attributes (fill="#1f5fbf"), never as a style attribute, which the
 * page's Content-Security-Policy refuses. Colours are plain #rrggbb, with any transparency as an
 * opacity attribute, since some renderers paint rgba() opaque. What is not drawn is left out:
 * elements the stylesheet hides (ticks for other widths) and hit areas, which are invisible on
 * the page but which some renderers paint. The font is the picture's own, set once at its root.
 */
export function copyStyles(source: Element, target: Element): void {
  resolveLengths(source, target);
  const computed = getComputedStyle(source);
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    // A pattern fill (url(#hatch)) is already the element's own attribute, with a local reference.
    if (value === '' || value.startsWith('url(')) continue;
    if (property !== 'fill' && property !== 'stroke') {
      target.setAttribute(property, value);
      continue;
    }
    const colour = parseColour(value);
    target.setAttribute(property, colour === null ? 'none' : colour.hex);
    if (colour !== null && colour.alpha < 1) {
      const opacity = Number.parseFloat(computed.getPropertyValue(`${property}-opacity`)) || 1;
      target.setAttribute(`${property}-opacity`, String(round(opacity * colour.alpha)));
    }
  }
  // Each mark keeps its role and name, so the file reads to a screen reader as the chart does.
  for (const name of ['class', 'tabindex', 'aria-describedby', 'focusable', 'font-family']) {
    target.removeAttribute(name);
  }
  const pairs = [...source.children].map((child, index) => [child, target.children[index]] as const);
  for (const [child, clone] of pairs) {
    if (clone === undefined) continue;
    if (isNotDrawn(child)) clone.remove();
    else copyStyles(child, clone);
  }
}

export function isNotDrawn(element: Element): boolean {
  const computed = getComputedStyle(element);
  if (computed.display === 'none' || computed.visibility === 'hidden') return true;
  const isShape = ['rect', 'path', 'line', 'circle'].includes(element.localName);
  return isShape && parseColour(computed.fill) === null && parseColour(computed.stroke) === null;
}

/**
 * `rgb(31, 95, 191)` as `#1f5fbf`, with its alpha; null for what paints nothing (none, a fully
 * transparent colour) or is not a plain colour.
 */
export function parseColour(colour: string): { hex: string; alpha: number } | null {
  const value = colour.trim();
  if (/^#[0-9a-f]{6}$/i.test(value)) return { hex: value.toLowerCase(), alpha: 1 };
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (match === null) return null;
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  if (alpha === 0) return null;
  const hex = `#${[match[1], match[2], match[3]].map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
  return { hex, alpha };
}
