import { FoundingUnionsTable } from '@/views/FoundingUnionsTable';
import { useExplorerState } from './useExplorerState';
import type { SingleViewPageProps } from './ViewFrame';

/** `?view=table`: only the table's code is loaded. */
export function TablePage({ Frame }: SingleViewPageProps) {
  const state = useExplorerState();
  return (
    <Frame view="table" urlState={state.urlState}>
      <FoundingUnionsTable {...state} />
    </Frame>
  );
}
