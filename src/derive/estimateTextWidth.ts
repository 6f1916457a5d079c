/** Average advance of a Latin character, and the full em a kanji, kana or full-width form takes, at 13 px. */
const LATIN_WIDTH = 7.6;
const WIDE_WIDTH = 13;
/** CJK punctuation, kana, kanji, Hangul and full-width forms: one em each. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * A label's width in pixels at the charts' base font size (13 px), estimated from its characters so
 * the server lays it out as the browser will: a 12-kanji label is 156 px, not the 91 px of 12 Latin
 * letters. Estimated rather than measured, as the layout is worked out before there is a page.
 */
export function estimateTextWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? WIDE_WIDTH : LATIN_WIDTH;
  return width;
}

/** `text` cut to fit `maxWidth` pixels, with an ellipsis where it was cut. */
export function truncateToWidth(text: string, maxWidth: number): string {
  if (estimateTextWidth(text) <= maxWidth) return text;
  const ellipsis = '…';
  let kept = '';
  for (const character of text) {
    if (estimateTextWidth(`${kept}${character}${ellipsis}`) > maxWidth) break;
    kept += character;
  }
  return `${kept}${ellipsis}`;
}
