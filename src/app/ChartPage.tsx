import { MembershipChart } from '@/views/MembershipChart';
import { SingleViewFrame } from './SingleViewFrame';
import { useExplorerState } from './useExplorerState';
import { getChartZoom } from './useTheme';

/** `?view=chart`: only the chart's code is loaded (no table library). */
export function ChartPage({ embed }: { embed: boolean }) {
  const state = useExplorerState();
  return (
    <SingleViewFrame view="chart" embed={embed} urlState={state.urlState}>
      <MembershipChart
        filter={state.filter}
        sorting={state.sorting}
        highlight={state.highlight}
        onHover={state.onHover}
        onPinToggle={state.onPinToggle}
        zoom={getChartZoom(state.theme)}
        fitHeight={embed}
      />
    </SingleViewFrame>
  );
}
