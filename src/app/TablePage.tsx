import { FoundingUnionsTable } from '@/views/table/FoundingUnionsTable';
import { useExplorerState } from './useExplorerState';
import type { SingleViewPageProps } from './ViewFrame';

/** `?view=table`: only the table's code is loaded. */
export function TablePage({ Frame }: SingleViewPageProps) {
  const state = useExplorerState();
  return (
    <Frame view="table" urlState={state.urlState}>
      <FoundingUnionsTable
        filter={state.filter}
        onFilterChange={state.onFilterChange}
        sorting={state.sorting}
        onSortingChange={state.onSortingChange}
        highlight={state.highlight}
        pinned={state.pinned}
        onHover={state.onHover}
        onPinToggle={state.onPinToggle}
      />
    </Frame>
  );
}
