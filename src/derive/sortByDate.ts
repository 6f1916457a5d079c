import { comparePartialDates, type PartialDate } from './partialDate';

/** A new array in date order; items on the same date keep the order the data gives them. */
export function sortByDate<T extends { date: PartialDate }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePartialDates(a.date, b.date));
}
