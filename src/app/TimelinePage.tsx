import { Timeline } from '@/views/Timeline';
import { SingleViewFrame } from './SingleViewFrame';
import { useExplorerState } from './useExplorerState';
import { getTimelineProps } from './viewProps';

/** `?view=timeline`: only the timeline's code is loaded. */
export function TimelinePage({ embed }: { embed: boolean }) {
  const state = useExplorerState();
  return (
    <SingleViewFrame view="timeline" embed={embed} urlState={state.urlState}>
      <Timeline {...getTimelineProps(state)} />
    </SingleViewFrame>
  );
}
