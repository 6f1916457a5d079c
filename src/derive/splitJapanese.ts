/** Kana, kanji, CJK punctuation and full-width forms: the characters a run of Japanese text is made of. */
const JAPANESE = '\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef';
/*
 * A run starts with a Japanese character and may hold digits, and a space or a dot between two
 * Japanese characters ("第10回 大会" is one run); Latin words stay outside ("労働年鑑 No.26" is a
 * run and English), as do digits before a run (the "1954" of "1954年").
 */
const RUN = new RegExp(`[${JAPANESE}](?:[${JAPANESE}0-9]|[ .](?=[${JAPANESE}]))*`, 'gu');

export interface TextPart {
  text: string;
  japanese: boolean;
}

/** `text` cut into its Japanese runs and the text between them, in order. */
export function splitJapanese(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), japanese: false });
    parts.push({ text: match[0], japanese: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), japanese: false });
  return parts;
}
