/*
 * Turns a chart's live SVG into a file that stands on its own: the XML namespace, every style
 * it shows with inlined (the page's stylesheet does not travel), a background, the system font
 * stack, and its title and source line inside the picture, so a slide keeps its attribution.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
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
  'font-family',
  'text-decoration',
] as const;
const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif";
const HEADER = 40;
const SOURCE_LINE_HEIGHT = 16;
const SOURCE_CHAR_WIDTH = 6.2;

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/**
 * A self-contained copy of `svg` with `title` above it and `source` below it. The picture is the
 * box of the chart's frame (its closest `data-export-frame`: a bar chart's label gutter and value
 * room, the timeline's margins), at the size the browser drew it.
 */
export function createStandaloneSvg(svg: SVGSVGElement, title: string, source: string): StandaloneSvg {
  const frame = svg.closest('[data-export-frame]') ?? svg;
  const frameBox = frame.getBoundingClientRect();
  const box = svg.getBoundingClientRect();
  const offset = Math.round(box.left - frameBox.left + frame.scrollLeft);
  const chartWidth = Math.round(box.width);
  const width = Math.max(Math.round(frameBox.width), frame.scrollWidth, chartWidth + offset);
  const chartHeight = Math.round(box.height);
  const sourceLines = wrapText(source, Math.max(20, Math.floor((width - 32) / SOURCE_CHAR_WIDTH)));
  const height = chartHeight + HEADER + 16 + sourceLines.length * SOURCE_LINE_HEIGHT;
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('not an SVG element');
  copyStyles(svg, clone);
  const background = getComputedStyle(svg.ownerDocument.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const text = toHex(getComputedStyle(svg).color) ?? '#000000';

  const root = svg.ownerDocument.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT_STACK);
  const titleElement = svg.ownerDocument.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  root.append(titleElement);
  root.append(createRect(svg.ownerDocument, width, height, resolveColour(svg, background)));
  root.append(createText(svg.ownerDocument, title, 16, 26, 17, 700, text));
  // Percentages and em inside the chart resolve against this box and font size, as on the page.
  clone.setAttribute('x', String(offset));
  clone.setAttribute('y', String(HEADER));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.setAttribute('overflow', 'visible');
  clone.setAttribute('font-size', getComputedStyle(svg).fontSize);
  for (const name of ['class', 'role', 'style']) clone.removeAttribute(name);
  root.append(clone);
  sourceLines.forEach((line, index) =>
    root.append(createText(svg.ownerDocument, line, 16, HEADER + chartHeight + 20 + index * SOURCE_LINE_HEIGHT, 12, 400, text)),
  );
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** Draws the standalone SVG onto a canvas at `scale` and returns a PNG. */
export async function renderPng({ text, width, height }: StandaloneSvg, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser cannot draw images');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error('no PNG was made')) : resolve(blob)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/*
 * The page's stylesheet does not travel with the file, so what it draws with is written onto each
 * element as SVG presentation attributes (fill="#1f5fbf"), never as a style attribute, which the
 * page's Content-Security-Policy refuses. What is not drawn is left out: elements the stylesheet
 * hides (ticks for other widths) and hit areas, which are invisible on the page but which some
 * renderers paint.
 */
function copyStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    // A pattern fill (url(#hatch)) is already the element's own attribute, with a local reference.
    if (value === '' || value.startsWith('url(')) continue;
    const colour = property === 'fill' || property === 'stroke' ? toHex(value) : null;
    target.setAttribute(property, colour ?? value);
  }
  // Each mark keeps its role and name, so the file reads to a screen reader as the chart does.
  for (const name of ['class', 'tabindex', 'aria-describedby', 'focusable']) {
    target.removeAttribute(name);
  }
  const pairs = [...source.children].map((child, index) => [child, target.children[index]] as const);
  for (const [child, clone] of pairs) {
    if (clone === undefined) continue;
    if (isNotDrawn(child)) clone.remove();
    else copyStyles(child, clone);
  }
}

function isNotDrawn(element: Element): boolean {
  const computed = getComputedStyle(element);
  if (computed.display === 'none' || computed.visibility === 'hidden') return true;
  const isShape = ['rect', 'path', 'line', 'circle'].includes(element.localName);
  return isShape && isTransparent(computed.fill) && isTransparent(computed.stroke);
}

function isTransparent(paint: string): boolean {
  return paint === 'none' || paint === 'transparent' || /rgba\(.*,\s*0\)$/.test(paint);
}

/** `rgb(31, 95, 191)` as `#1f5fbf`; null for what is not a plain colour (none, a pattern). */
function toHex(colour: string): string | null {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(colour.trim());
  if (match === null) return colour.startsWith('#') ? colour : null;
  if (match[4] !== undefined && Number(match[4]) === 0) return 'none';
  return `#${[match[1], match[2], match[3]].map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
}

/** `light-dark()` and variables resolve to plain rgb() through a computed style. */
function resolveColour(context: Element, colour: string): string {
  const probe = context.ownerDocument.createElement('span');
  probe.style.color = colour;
  context.ownerDocument.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return toHex(resolved) ?? colour;
}

function createRect(document: Document, width: number, height: number, fill: string): SVGRectElement {
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
  rect.setAttribute('fill', fill);
  return rect;
}

function createText(document: Document, content: string, x: number, y: number, size: number, weight: number, fill: string) {
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(x));
  text.setAttribute('y', String(y));
  text.setAttribute('font-size', String(size));
  text.setAttribute('font-weight', String(weight));
  text.setAttribute('fill', fill);
  text.textContent = content;
  return text;
}

/** Breaks `text` into lines of at most `maxChars`, at spaces. */
function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
