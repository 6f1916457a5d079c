/**
 * A date known to a year, a month or a day. Historical sources rarely agree on precision, so
 * "1952" stays "1952": it is never padded to 1 January, which would invent a day.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
  date: string;
  precision: DatePrecision;
}

const PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function getParts(date: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/** A calendar day's first instant in UTC; unlike Date.UTC, years 1-99 are those years, not 1901-1999. */
function getUtcTime(year: number, month: number, day: number): number {
  const time = new Date(0);
  time.setUTCFullYear(year, month - 1, day);
  return time.getTime();
}

/** True when `date` is written as its precision says and names a real calendar day. */
export function isValidPartialDate({ date, precision }: PartialDate): boolean {
  if (!PATTERNS[precision].test(date)) return false;
  const [year, month, day] = getParts(date);
  if (year < 1) return false;
  const utc = new Date(getUtcTime(year, month, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/**
 * The first instant the date can mean, in UTC milliseconds: used for ordering and for placing a
 * year-precision point at the start of its year on a time axis.
 */
export function getStartTime({ date }: PartialDate): number {
  const [year, month, day] = getParts(date);
  return getUtcTime(year, month, day);
}

/** Orders partial dates by their first instant; a coarser date sorts before a finer one inside it. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return getStartTime(a) - getStartTime(b) || a.date.length - b.date.length;
}

/** "1 October 1947", "June 1952" or "1952": as precise as the source, no more. */
export function formatPartialDate(value: PartialDate): string {
  const [year, month, day] = getParts(value.date);
  if (value.precision === 'year') return String(year);
  const monthName = MONTHS[month - 1] ?? '';
  return value.precision === 'month' ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}
