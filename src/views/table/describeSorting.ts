import type { SortingState } from '@tanstack/react-table';

const WORDS = {
  numeric: { asc: 'low to high', desc: 'high to low' },
  text: { asc: 'A to Z', desc: 'Z to A' },
};

/** "Sorted by Members (high to low), then Union (A to Z)." for the live status line. */
export function describeSorting(
  sorting: SortingState,
  getLabel: (id: string) => string,
  isNumeric: (id: string) => boolean,
): string {
  if (sorting.length === 0) return 'In the order the source lists them.';
  const parts = sorting.map(({ id, desc }) => {
    const words = WORDS[isNumeric(id) ? 'numeric' : 'text'];
    return `${getLabel(id)} (${desc ? words.desc : words.asc})`;
  });
  return `Sorted by ${parts.join(', then ')}.`;
}
