import { DatasetProvider } from '@/dataset/DatasetProvider';
import type { ParseResult } from '@/dataset/parseDataset';
import { DatasetRefused } from './DatasetRefused';
import { ExplorerPage } from './ExplorerPage';

interface AppProps {
  /** The validated dataset to start from (the embedded one in production). */
  initial: ParseResult;
}

export function App({ initial }: AppProps) {
  if (!initial.ok) return <DatasetRefused errors={initial.errors} />;
  return (
    <DatasetProvider initialDataset={initial.dataset}>
      <ExplorerPage />
    </DatasetProvider>
  );
}
