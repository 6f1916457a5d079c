/*
 * Turns a chart's live SVG into a file that stands on its own: the XML namespace, every style
 * it shows with written onto it (the page's stylesheet does not travel), a background, a font
 * stack that names a CJK family, and its title and source line inside the picture, so a slide
 * keeps its attribution. Text is wrapped by measuring it, so Japanese and Latin both fit.
 */
import { copyStyles, isNotDrawn, parseColour } from './copyStyles';
import { flattenViewports } from './flattenViewports';
import { layOutText, type PictureStyle } from './layOutText';
import { EXPORT_FONT_STACK } from './wrapToWidth';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

const FILE_STYLE: PictureStyle = { padding: 16, titleSize: 17, sourceSize: 12 };
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;
const SLIDE_STYLE: PictureStyle = { padding: 64, titleSize: 48, sourceSize: 22 };

/** The chart as drawn: a copy with its styles, and the box that holds everything it draws. */
interface ChartCopy {
  /** A group drawn at the origin, `width` × `height`: place it with a transform. */
  node: SVGGElement;
  width: number;
  height: number;
  background: string;
  text: string;
}

/**
 * A self-contained copy of `svg` with `title` above it and `source` below it. The picture holds
 * the chart's frame (its closest `data-export-frame`: a bar chart's label gutter and value room,
 * the timeline's margins) at the size the browser drew it, widened to whatever is drawn outside it.
 */
export function createStandaloneSvg(svg: SVGSVGElement, title: string, source: string): StandaloneSvg {
  const chart = copyChart(svg);
  const { padding } = FILE_STYLE;
  const width = chart.width + 2 * padding;
  const parts = layOutText(svg.ownerDocument, width, title, source, FILE_STYLE);
  const height = parts.chartTop + chart.height + parts.below;
  chart.node.setAttribute('transform', `translate(${padding} ${parts.chartTop})`);
  return compose(svg.ownerDocument, chart, { width, height }, parts.texts(height, chart.text), title);
}

/**
 * The view as a 16:9 slide, 1920×1080: the title large at the top, the source line at the foot,
 * and the chart scaled to fill the room between, in proportion.
 */
export function createSlideSvg(svg: SVGSVGElement, title: string, source: string): StandaloneSvg {
  const chart = copyChart(svg);
  const { width, height } = SLIDE_SIZE;
  const { padding } = SLIDE_STYLE;
  const parts = layOutText(svg.ownerDocument, width, title, source, SLIDE_STYLE);
  const room = { width: width - 2 * padding, height: height - parts.chartTop - parts.below };
  const scale = Math.min(room.width / chart.width, room.height / chart.height);
  // The chart keeps its own coordinates, scaled to the room and centred across it.
  const left = round(padding + (room.width - chart.width * scale) / 2);
  chart.node.setAttribute('transform', `translate(${left} ${parts.chartTop}) scale(${scale.toFixed(4)})`);
  return compose(svg.ownerDocument, chart, { width, height }, parts.texts(height, chart.text), title);
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Copies the chart with its styles into an <svg> of its own, the size of the box that holds its
 * frame and every mark and label it draws (a label may reach past the frame), with the chart
 * placed where it sits in that box. Percentages and em inside the chart resolve against the
 * copy's width and font size, as they did on the page.
 */
function copyChart(svg: SVGSVGElement): ChartCopy {
  const document = svg.ownerDocument;
  const frame = (svg.closest('[data-export-frame]') ?? svg).getBoundingClientRect();
  const box = svg.getBoundingClientRect();
  const drawn = measureDrawn(svg) ?? box;
  const left = Math.floor(Math.min(frame.left, box.left, drawn.left));
  const top = Math.floor(Math.min(box.top, drawn.top));
  const right = Math.ceil(Math.max(frame.right, box.right, drawn.right));
  const bottom = Math.ceil(Math.max(box.bottom, drawn.bottom));

  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('not an SVG element');
  copyStyles(svg, clone);
  for (const name of ['class', 'role', 'style']) clone.removeAttribute(name);
  clone.setAttribute('x', String(round(box.left - left)));
  clone.setAttribute('y', String(round(box.top - top)));
  clone.setAttribute('width', String(round(box.width)));
  clone.setAttribute('height', String(round(box.height)));
  clone.setAttribute('overflow', 'visible');
  clone.setAttribute('font-size', getComputedStyle(svg).fontSize);

  const node = document.createElementNS(SVG_NS, 'g');
  node.append(clone);
  flattenViewports(node);
  const page = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  return {
    node,
    width: right - left,
    height: bottom - top,
    background: resolveColour(svg, page),
    text: parseColour(getComputedStyle(svg).color)?.hex ?? '#000000',
  };
}

/** The union of the boxes of what `svg` draws (shapes and text, not what is hidden or invisible). */
function measureDrawn(svg: SVGSVGElement): DOMRect | null {
  const boxes: DOMRect[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (isNotDrawn(child) || ['defs', 'title', 'desc', 'pattern'].includes(child.localName)) continue;
      if (['g', 'svg', 'a'].includes(child.localName)) visit(child);
      else boxes.push(child.getBoundingClientRect());
    }
  };
  visit(svg);
  const drawn = boxes.filter((box) => box.width > 0 || box.height > 0);
  if (drawn.length === 0) return null;
  const left = Math.min(...drawn.map((box) => box.left));
  const top = Math.min(...drawn.map((box) => box.top));
  const right = Math.max(...drawn.map((box) => box.right));
  const bottom = Math.max(...drawn.map((box) => box.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

function compose(
  document: Document,
  chart: ChartCopy,
  { width, height }: { width: number; height: number },
  texts: SVGTextElement[],
  title: string,
): StandaloneSvg {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', EXPORT_FONT_STACK);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', chart.background);
  root.append(titleElement, background, ...texts, chart.node);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** `light-dark()` and variables resolve to plain rgb() through a computed style. */
function resolveColour(context: Element, colour: string): string {
  const probe = context.ownerDocument.createElement('span');
  probe.style.color = colour;
  context.ownerDocument.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return parseColour(resolved)?.hex ?? '#ffffff';
}
