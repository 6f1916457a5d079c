import { MembershipChart } from '@/views/MembershipChart';
import { SingleViewFrame } from './SingleViewFrame';
import { useExplorerState } from './useExplorerState';
import { getChartProps } from './viewProps';

/** `?view=chart`: only the chart's code is loaded (no table library). */
export function ChartPage({ embed }: { embed: boolean }) {
  const state = useExplorerState();
  return (
    <SingleViewFrame view="chart" embed={embed} urlState={state.urlState}>
      <MembershipChart {...getChartProps(state)} fitHeight={embed} />
    </SingleViewFrame>
  );
}
