import { createContext } from 'react';
import type { DerivedDataset } from './createDerivedDataset';
import type { ParseResult } from './parseDataset';

export interface DatasetContextValue extends DerivedDataset {
  /**
   * Validates `input` and, only if it passes, makes it the current dataset. A refused dataset
   * leaves the current one in place; the result says why it was refused.
   */
  replaceDataset: (input: unknown) => Promise<ParseResult>;
}

export const DatasetContext = createContext<DatasetContextValue | null>(null);
