import { MembershipChart } from '@/views/MembershipChart';
import { useExplorerState } from './useExplorerState';
import type { SingleViewPageProps } from './ViewFrame';
import { getChartProps } from './viewProps';

/** `?view=chart`: only the chart's code is loaded (no table library). */
export function ChartPage({ Frame, embed }: SingleViewPageProps) {
  const state = useExplorerState();
  return (
    <Frame view="chart" urlState={state.urlState}>
      <MembershipChart {...getChartProps(state)} fitHeight={embed} />
    </Frame>
  );
}
