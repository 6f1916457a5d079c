import { FoundingUnionsTable } from '@/views/FoundingUnionsTable';
import { SingleViewFrame } from './SingleViewFrame';
import { useExplorerState } from './useExplorerState';

/** `?view=table`: only the table's code is loaded. */
export function TablePage({ embed }: { embed: boolean }) {
  const state = useExplorerState();
  return (
    <SingleViewFrame view="table" embed={embed} urlState={state.urlState}>
      <FoundingUnionsTable {...state} />
    </SingleViewFrame>
  );
}
