/** A cell: text, a number, or null for unknown (written as an empty cell, never 0). */
export type CsvCell = string | number | null;

const BYTE_ORDER_MARK = '\uFEFF';

/*
 * A spreadsheet reads a text cell that starts with one of these as a formula (`=HYPERLINK(…)`,
 * `+1+2`, `@SUM(…)`, and Excel also after a tab or carriage return). OWASP's advice: lead such a
 * cell with an apostrophe, which spreadsheets take as "this is text". Numbers are written as
 * numbers, so a negative figure stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends, led by a UTF-8 byte-order mark so Excel reads Japanese
 * names correctly instead of guessing a legacy code page. Text cells that a spreadsheet would
 * run as a formula are neutralised (see FORMULA_START).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => row.map(formatCell).join(',')).join('\r\n') + '\r\n';
}
