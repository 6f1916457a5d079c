import type PptxGenJS from 'pptxgenjs';
import { parseColour } from '@/charts/export/copyStyles';
import { createStandaloneSvg } from '@/charts/export/exportSvg';
import { createTextMeasure } from '@/charts/export/wrapToWidth';

type Slide = ReturnType<PptxGenJS['addSlide']>;

/* A 16:9 slide is 10 × 5.625 inches; the view takes the room between its title and its source. */
const SLIDE = { width: 10, height: 5.625, margin: 0.4 } as const;
const BODY = { top: 1.05, bottom: 4.95 } as const;
const FONT = 'Noto Sans';

/**
 * What a reader sees in a cell: its text without what is hidden from them (sort glyphs), with a
 * space between two elements that the page sets apart by margin alone ("Zenrin 全林野労働組合").
 */
function visibleText(element: Element | null): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (
      node instanceof Element &&
      (node.getAttribute('aria-hidden') === 'true' || node.classList.contains('visually-hidden'))
    )
      return;
    // Not drawn: a note that shows on hover or focus only.
    if (node instanceof Element && typeof node.checkVisibility === 'function' && !node.checkVisibility()) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    let previous: Node | null = null;
    for (const child of node.childNodes) {
      if (previous instanceof Element && child instanceof Element) parts.push(' ');
      walk(child);
      previous = child;
    }
  };
  if (element !== null) walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const base64 = (text: string) =>
  btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));

/**
 * The founding unions as the table shows them now (filter, sort), as a native, editable table.
 * Each column's share of the slide's width is its longest cell's (a header may wrap at its
 * spaces), measured in the slide's type.
 */
function addTable(slide: Slide, section: Element): void {
  const table = section.querySelector('table');
  if (table === null) return;
  const rows = [...table.rows].map((row) => ({
    part: row.parentElement?.tagName ?? '',
    cells: [...row.cells].map((cell) => ({ cell, text: visibleText(cell) })),
  }));
  const fontSize = rows.length > 12 ? 7 : 9;
  const measure = createTextMeasure(document);
  const inches = (text: string) => (measure(text, (fontSize * 96) / 72, 400) * 1.1) / 96 + 0.06;
  const columns = Math.max(...rows.map(({ cells }) => cells.length));
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(
      ...rows.map(({ part, cells }) => {
        const { cell, text = '' } = cells[column] ?? {};
        if (cell === undefined || cell.colSpan > 1) return 0;
        return part === 'THEAD' ? Math.max(...text.split(' ').map(inches)) : inches(text);
      }),
    ),
  );
  const width = SLIDE.width - 2 * SLIDE.margin;
  const total = natural.reduce((sum, value) => sum + value, 0);
  slide.addTable(
    rows.map(({ part, cells }) =>
      cells.map(({ cell, text }) => ({
        text,
        options: {
          bold: part !== 'TBODY',
          align: getComputedStyle(cell).textAlign === 'right' ? ('right' as const) : ('left' as const),
          fill: part === 'THEAD' ? { color: 'EEF0F3' } : undefined,
          colspan: cell.colSpan > 1 ? cell.colSpan : undefined,
        },
      })),
    ),
    {
      x: SLIDE.margin,
      y: BODY.top,
      w: width,
      colW: natural.map((value) => (value * width) / total),
      // Room for a header that wraps to a second line.
      rowH: Math.min(0.3, (BODY.bottom - BODY.top - 0.2) / rows.length),
      fontFace: FONT,
      fontSize,
      margin: 0.02,
      border: { type: 'solid', pt: 0.5, color: 'C9CDD3' },
      autoPage: false,
    },
  );
}

/**
 * The founding unions' membership as a native PowerPoint bar chart, in the chart's order and colour, read
 * from the chart's own data table. An unknown figure stays a blank point, never 0.
 */
function addBarChart(pptx: PptxGenJS, slide: Slide, section: Element): void {
  // A PowerPoint bar chart draws its first category at the foot: reversed, the chart's first
  // union is at the top, as on the page.
  const rows = [...section.querySelectorAll('.chart-data tbody tr')].reverse();
  // The table sits in a closed <details>: its text is read as it is, not as shown.
  const labels = rows.map((row) => (row.querySelector('th')?.textContent ?? '').trim());
  const values = rows.map((row) => {
    const value = row.querySelector('[data-value]')?.getAttribute('data-value') ?? '';
    return value === '' ? null : Number(value);
  });
  const series = section.querySelector('.chart-data thead th.numeric')?.textContent?.trim() ?? 'Members';
  const bar = section.querySelector('.bar:not(.is-filtered-out, .is-highlighted) .bar__mark');
  const colour = bar === null ? null : parseColour(getComputedStyle(bar).fill);
  slide.addChart(
    pptx.ChartType.bar,
    // pptxgenjs writes a null value as an empty point, which both PowerPoint and LibreOffice leave blank.
    [{ name: series, labels, values: values as number[] }],
    {
      x: SLIDE.margin,
      y: BODY.top,
      w: SLIDE.width - 2 * SLIDE.margin,
      h: BODY.bottom - BODY.top,
      barDir: 'bar',
      chartColors: colour === null ? undefined : [colour.hex.slice(1)],
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 9,
      valAxisLabelFontSize: 8,
      valAxisLabelFormatCode: '#,##0',
      showValue: true,
      dataLabelFormatCode: '#,##0',
      dataLabelFontSize: 8,
      showLegend: false,
      barGapWidthPct: 40,
      valGridLine: { color: 'E2E5E9', size: 0.5 },
    },
  );
}

/** The timeline as a picture: the exported SVG (PowerPoint draws it), with a PNG for older readers. */
function addPicture(slide: Slide, section: Element): void {
  const svg = section.querySelector<SVGSVGElement>('svg[role="group"]');
  if (svg === null) return;
  const picture = createStandaloneSvg(svg, '', '');
  const room = { width: SLIDE.width - 2 * SLIDE.margin, height: BODY.bottom - BODY.top };
  const scale = Math.min(room.width / picture.width, room.height / picture.height);
  const [w, h] = [picture.width * scale, picture.height * scale];
  slide.addImage({
    data: `data:image/svg+xml;base64,${base64(picture.text)}`,
    x: SLIDE.margin + (room.width - w) / 2,
    y: BODY.top,
    w,
    h,
    altText: svg.querySelector('title')?.textContent ?? '',
  });
}

/**
 * A .pptx with one 16:9 slide per view on the page, as it is now: its title, caption, the view
 * (a native table, a native bar chart, the timeline as a picture) and its source line, with the
 * source and a link back in the speaker notes. pptxgenjs is loaded on the click, so no page's
 * load pays for it.
 */
export async function createPresentation(document: Document, linkTo: (view: string) => string): Promise<Blob> {
  const { default: PptxGen } = await import('pptxgenjs');
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = document.title;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  for (const section of document.querySelectorAll<HTMLElement>('[data-view]')) {
    const view = section.dataset.view ?? '';
    const slide = pptx.addSlide();
    const title = visibleText(section.querySelector('h1, h2'));
    const caption = visibleText(section.querySelector('figcaption, caption'));
    const source = [...section.querySelectorAll('.source-line')].map(visibleText).join(' ');
    const width = SLIDE.width - 2 * SLIDE.margin;
    slide.addText(title, {
      x: SLIDE.margin,
      y: 0.2,
      w: width,
      h: 0.5,
      fontFace: FONT,
      fontSize: 24,
      bold: true,
      color: '1A1D23',
    });
    slide.addText(caption, {
      x: SLIDE.margin,
      y: 0.68,
      w: width,
      h: 0.32,
      fontFace: FONT,
      fontSize: 11,
      color: '1A1D23',
    });
    if (view === 'table') addTable(slide, section);
    else if (view === 'chart') addBarChart(pptx, slide, section);
    else addPicture(slide, section);
    slide.addText(source, {
      x: SLIDE.margin,
      y: BODY.bottom + 0.05,
      w: width,
      h: 0.55,
      fontFace: FONT,
      fontSize: 7,
      color: '545B66',
      valign: 'top',
      fit: 'shrink',
    });
    slide.addNotes(`${source}\n\nThis view online: ${linkTo(view)}`);
  }
  const file = await pptx.write({ outputType: 'blob' });
  if (!(file instanceof Blob)) throw new Error('no PowerPoint file was made');
  return file;
}
