/** Latin combining accents only: kana voicing marks (U+3099, U+309A) carry meaning and are kept. */
const LATIN_ACCENTS = /[\u0300-\u036f]/g;

/**
 * Folds text for matching: width (ＺＥＮ → zen, ｾﾞﾝ → ゼン) and compatibility forms by NFKC, case,
 * and Latin accents (Zenrinya → zenrinya, Zenrōkyō → zenrokyo), so a reader finds a union however they type its name.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKD').replace(LATIN_ACCENTS, '').normalize('NFKC').toLowerCase().trim();
}
