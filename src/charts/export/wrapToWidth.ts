/** The font every exported picture is set in: named CJK families, and a generic family last. */
export const EXPORT_FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How wide `text` is drawn at `size` px and `weight` in the export's font, measured by the
 * browser's own text engine (a canvas). Where there is no canvas (a test's jsdom), an estimate:
 * a full-width (CJK) character is 1 em, any other 0.6 em, which is wider than most Latin text.
 */
export function createTextMeasure(document: Document): (text: string, size: number, weight: number) => number {
  const context = document.createElement('canvas').getContext?.('2d') ?? null;
  return (text, size, weight) => {
    if (context === null) return [...text].reduce((sum, char) => sum + (WIDE.test(char) ? size : size * 0.6), 0);
    context.font = `${weight} ${size}px ${EXPORT_FONT_STACK}`;
    return context.measureText(text).width;
  };
}

/**
 * Breaks `text` into lines no wider than `width`: at spaces, and inside a run with no space where
 * that run alone is too wide (Japanese has no spaces between words), at any character.
 */
export function wrapToWidth(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string, joiner: string) => {
    const candidate = line === '' ? piece : `${line}${joiner}${piece}`;
    if (line !== '' && measure(candidate) > width) {
      lines.push(line);
      line = piece;
    } else {
      line = candidate;
    }
  };
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (measure(word) <= width) {
      push(word, ' ');
      continue;
    }
    [...word].forEach((char, index) => push(char, index === 0 ? ' ' : ''));
  }
  if (line !== '') lines.push(line);
  return lines;
}
