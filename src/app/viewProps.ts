import type { MembershipChartProps } from '@/views/MembershipChart';
import type { TimelineProps } from '@/views/Timeline';
import type { useExplorerState } from './useExplorerState';

type ExplorerState = ReturnType<typeof useExplorerState>;

/** What the chart reads of the shared state, the same on the explorer and on its own page. */
export function getChartProps(state: ExplorerState): MembershipChartProps {
  return {
    filter: state.filter,
    sorting: state.sorting,
    highlight: state.highlight,
    onHover: state.onHover,
    onPinToggle: state.onPinToggle,
  };
}

/** What the timeline reads of the shared state. */
export function getTimelineProps(state: ExplorerState): TimelineProps {
  return { step: state.step, onStepChange: state.onStepChange, highlight: state.highlight };
}
