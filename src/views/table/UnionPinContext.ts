import { createContext } from 'react';

/** What a union's pin button needs: which union is pinned, how to toggle it, and the hint that explains it. */
export interface UnionPin {
  pinned: string | null;
  onPinToggle: (abbreviation: string) => void;
  /** Id of the text that says what the pin button does. */
  hintId: string;
}

/*
 * Given by the table to its cells, which TanStack renders from the column definitions: a pin
 * then re-renders the pin buttons only, not the rows around them.
 */
export const UnionPinContext = createContext<UnionPin>({ pinned: null, onPinToggle: () => undefined, hintId: '' });
