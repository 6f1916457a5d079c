export interface ShownSubset<T> {
  /** At most `max` items, in their given order. */
  shown: T[];
  /** How many were left out. */
  hidden: number;
}

/**
 * Up to `max` items of `ordered`, kept in its order, choosing first the one that must stay (a pinned
 * union), then those that match (the filter), then the rest: a subset never drops a match for a
 * non-match. `hidden` says how many were left out.
 */
export function selectShown<T>(
  ordered: readonly T[],
  matches: (item: T) => boolean,
  mustKeep: (item: T) => boolean,
  max: number,
): ShownSubset<T> {
  if (ordered.length <= max) return { shown: [...ordered], hidden: 0 };
  const rank = (item: T) => (mustKeep(item) ? 0 : matches(item) ? 1 : 2);
  const chosen = new Set<number>();
  for (const wanted of [0, 1, 2]) {
    for (let index = 0; index < ordered.length && chosen.size < max; index += 1) {
      if (rank(ordered[index] as T) === wanted) chosen.add(index);
    }
  }
  const shown = ordered.filter((_, index) => chosen.has(index));
  return { shown, hidden: ordered.length - shown.length };
}
