/** Where each view's drawing is, and how large its text is: what must not move once the page hydrates. */
export interface ViewBoxes {
  [view: string]: { box: [number, number, number, number]; fontSize: string } | null;
}

/**
 * Runs in the page (any engine: it is passed to evaluate as a function): the document-relative
 * boxes of the chart's and the timeline's SVG and of the table, rounded to tenths of a pixel,
 * with the computed font size of their text.
 */
export function measureViews(): ViewBoxes {
  const views: Record<string, [string, string]> = {
    chart: ['svg.bar-chart', '.bar__label'],
    timeline: ['svg.timeline-chart', '.timeline-event text'],
    table: ['.table-view table', 'tbody th'],
  };
  const result: ViewBoxes = {};
  for (const [name, [selector, textSelector]] of Object.entries(views)) {
    const element = document.querySelector(selector);
    const text = element?.querySelector(textSelector) ?? element;
    if (element === null || text === null || text === undefined) {
      result[name] = null;
      continue;
    }
    const rect = element.getBoundingClientRect();
    const round = (value: number) => Math.round(value * 10) / 10;
    result[name] = {
      box: [round(rect.x + window.scrollX), round(rect.y + window.scrollY), round(rect.width), round(rect.height)],
      fontSize: getComputedStyle(text).fontSize,
    };
  }
  return result;
}

/** The views whose box moved by more than 1 px, or whose text changed size, between two measures. */
export function describeMoves(before: ViewBoxes, after: ViewBoxes): string[] {
  const moves: string[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[name];
    const b = after[name];
    if (a === null && b === null) continue;
    if (a === null || b === null || a === undefined || b === undefined) {
      moves.push(`${name}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
      continue;
    }
    const moved = a.box.some((value, index) => Math.abs(value - (b.box[index] ?? NaN)) > 1);
    if (moved || a.fontSize !== b.fontSize) moves.push(`${name}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
  }
  return moves;
}
