/**
 * Text as a file-name part: lower-case ASCII letters and digits joined by hyphens, at most 40
 * characters. Text with no such letters (a name in kanji only) gives ''.
 */
export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-|-$/g, '')
    .slice(0, 40);
