import { useEffect, type ReactNode } from 'react';
import { DatasetProvider } from '@/dataset/DatasetProvider';
import type { ParseResult } from '@/dataset/parseDataset';
import { DatasetRefused } from './DatasetRefused';

interface AppProps {
  /** The validated dataset to start from (the embedded one in production). */
  initial: ParseResult;
  /** The page: the explorer, or one view. */
  children: ReactNode;
}

export function App({ initial, children }: AppProps) {
  // Marks the moment the page answers input: hydrated, URL state applied (views in a Suspense
  // boundary of their own, the explorer's chart and timeline, may still be hydrating; React hydrates
  // one at once if input reaches it). Tests and the bench wait for it.
  useEffect(() => {
    document.documentElement.dataset.interactive = '';
  }, []);
  if (!initial.ok) return <DatasetRefused errors={initial.errors} />;
  return <DatasetProvider initialDataset={initial.dataset}>{children}</DatasetProvider>;
}
