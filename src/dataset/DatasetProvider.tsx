import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { createDerivedDataset } from './createDerivedDataset';
import { DatasetContext } from './DatasetContext';
import type { Dataset } from './datasetSchema';
import { parseDataset } from './parseDataset';

interface DatasetProviderProps {
  /** An already validated dataset (the embedded one, or a test fixture). */
  initialDataset: Dataset;
  children: ReactNode;
}

export function DatasetProvider({ initialDataset, children }: DatasetProviderProps) {
  const [dataset, setDataset] = useState(initialDataset);
  const derived = useMemo(() => createDerivedDataset(dataset), [dataset]);
  const replaceDataset = useCallback((input: unknown) => {
    const result = parseDataset(input);
    if (result.ok) setDataset(result.dataset);
    return result;
  }, []);
  const value = useMemo(() => ({ ...derived, replaceDataset }), [derived, replaceDataset]);
  return <DatasetContext value={value}>{children}</DatasetContext>;
}
