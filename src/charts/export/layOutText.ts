import { createTextMeasure, wrapToWidth } from './wrapToWidth';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Sizes of a picture's parts, in px: the file's own, or a slide's. */
export interface PictureStyle {
  padding: number;
  titleSize: number;
  sourceSize: number;
}

/**
 * The title's lines above the chart and the source's below it, wrapped to the picture's width by
 * measuring them: where the chart starts, the room taken below it, and the text elements.
 */
export function layOutText(document: Document, width: number, title: string, source: string, style: PictureStyle) {
  const measure = createTextMeasure(document);
  const { padding, titleSize, sourceSize } = style;
  const line = (size: number) => Math.round(size * 1.3);
  const titleLines = wrapToWidth(title, width - 2 * padding, (text) => measure(text, titleSize, 700));
  const sourceLines = wrapToWidth(source, width - 2 * padding, (text) => measure(text, sourceSize, 400));
  const chartTop = padding + titleLines.length * line(titleSize) + Math.round(titleSize / 2);
  const below = Math.round(sourceSize / 2) + sourceLines.length * line(sourceSize) + padding;
  const texts = (height: number, fill: string) => [
    ...titleLines.map((content, index) =>
      createText(document, content, padding, padding + titleSize + index * line(titleSize), titleSize, 700, fill),
    ),
    ...sourceLines.map((content, index) => {
      const baseline =
        height - padding - (sourceLines.length - 1 - index) * line(sourceSize) - Math.round(sourceSize * 0.3);
      return createText(document, content, padding, baseline, sourceSize, 400, fill);
    }),
  ];
  return { chartTop, below, texts };
}

function createText(
  document: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  weight: number,
  fill: string,
) {
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(x));
  text.setAttribute('y', String(y));
  text.setAttribute('font-size', String(size));
  text.setAttribute('font-weight', String(weight));
  text.setAttribute('fill', fill);
  text.textContent = content;
  return text;
}
