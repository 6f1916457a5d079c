import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { createRetryingImport } from '@/derive/createRetryingImport';
import { createDerivedDataset } from './createDerivedDataset';
import { DatasetContext } from './DatasetContext';
import type { Dataset } from './datasetSchema';

/*
 * The validator loads only when a reader brings a file: the embedded data was checked at build.
 * Should it fail to load (offline), replaceDataset rejects and the next file tries again.
 */
const importValidator = createRetryingImport(
  () => import('./parseDataset'),
  (url) => import(/* @vite-ignore */ url),
  () => window.location.origin,
);

interface DatasetProviderProps {
  /** An already validated dataset (the embedded one, or a test fixture). */
  initialDataset: Dataset;
  children: ReactNode;
}

export function DatasetProvider({ initialDataset, children }: DatasetProviderProps) {
  const [dataset, setDataset] = useState(initialDataset);
  const derived = useMemo(() => createDerivedDataset(dataset), [dataset]);
  const replaceDataset = useCallback(async (input: unknown) => {
    const { parseDataset } = await importValidator();
    const result = parseDataset(input);
    if (result.ok) setDataset(result.dataset);
    return result;
  }, []);
  const value = useMemo(() => ({ ...derived, replaceDataset }), [derived, replaceDataset]);
  return <DatasetContext value={value}>{children}</DatasetContext>;
}
