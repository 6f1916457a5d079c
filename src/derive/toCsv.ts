/** A cell: text, a number, or null for unknown (written as an empty cell, never 0). */
export type CsvCell = string | number | null;

const BYTE_ORDER_MARK = '\uFEFF';

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends, led by a UTF-8 byte-order mark so Excel reads Japanese
 * names correctly instead of guessing a legacy code page.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => row.map(formatCell).join(',')).join('\r\n') + '\r\n';
}
