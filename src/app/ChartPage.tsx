import { MembershipChart } from '@/views/chart/MembershipChart';
import { useExplorerState } from './useExplorerState';
import type { SingleViewPageProps } from './ViewFrame';

/** `?view=chart`: only the chart's code is loaded (no table library). */
export function ChartPage({ Frame, embed }: SingleViewPageProps) {
  const state = useExplorerState();
  return (
    <Frame view="chart" urlState={state.urlState}>
      <MembershipChart
        filter={state.filter}
        sorting={state.sorting}
        highlight={state.highlight}
        pinned={state.pinned}
        onHover={state.onHover}
        onPinToggle={state.onPinToggle}
        fitHeight={embed}
        order={state.order}
        onOrderChange={state.onOrderChange}
        measure={state.measure}
        onMeasureChange={state.onMeasureChange}
      />
    </Frame>
  );
}
