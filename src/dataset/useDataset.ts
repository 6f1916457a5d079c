import { use } from 'react';
import { DatasetContext, type DatasetContextValue } from './DatasetContext';

/**
 * The one door to the data: the validated dataset and its memoised derived values. Views never
 * import the JSON; they call this.
 */
export function useDataset(): DatasetContextValue {
  const value = use(DatasetContext);
  if (value === null) throw new Error('useDataset() must be called inside <DatasetProvider>');
  return value;
}
