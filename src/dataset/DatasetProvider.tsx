import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { createDerivedDataset } from './createDerivedDataset';
import { DatasetContext } from './DatasetContext';
import type { Dataset } from './datasetSchema';

interface DatasetProviderProps {
  /** An already validated dataset (the embedded one, or a test fixture). */
  initialDataset: Dataset;
  children: ReactNode;
}

export function DatasetProvider({ initialDataset, children }: DatasetProviderProps) {
  const [dataset, setDataset] = useState(initialDataset);
  const derived = useMemo(() => createDerivedDataset(dataset), [dataset]);
  const replaceDataset = useCallback(async (input: unknown) => {
    // The validator loads only when a reader brings a file: the embedded data was checked at build.
    const { parseDataset } = await import('./parseDataset');
    const result = parseDataset(input);
    if (result.ok) setDataset(result.dataset);
    return result;
  }, []);
  const value = useMemo(() => ({ ...derived, replaceDataset }), [derived, replaceDataset]);
  return <DatasetContext value={value}>{children}</DatasetContext>;
}
