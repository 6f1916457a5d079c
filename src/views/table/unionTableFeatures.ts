import {
  columnFilteringFeature,
  createFilteredRowModel,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { createRankedSortedRowModel } from './createRankedSortedRowModel';

/** What the table reads of each column besides its header, cell and footer. */
export interface UnionColumnMeta {
  /** Right-aligned, and described "low to high" rather than "A to Z". */
  numeric?: boolean;
  /** Its cells name the row (`<th scope="row">`), as the union's abbreviation does. */
  rowHeader?: boolean;
}

// Only types each column's `meta` (TanStack's phantom slot).
const columnMeta: UnionColumnMeta = {};

/**
 * TanStack sorts and filters the rows: its filtered row model, then a sorted one over the numbers
 * every column sorts by (createRankedSortedRowModel), so no named sort or filter functions are
 * registered.
 */
export const unionTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createRankedSortedRowModel(),
  columnMeta,
});
