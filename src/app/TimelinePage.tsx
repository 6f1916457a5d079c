import { Timeline } from '@/views/Timeline';
import { useExplorerState } from './useExplorerState';
import type { SingleViewPageProps } from './ViewFrame';
import { getTimelineProps } from './viewProps';

/** `?view=timeline`: only the timeline's code is loaded. */
export function TimelinePage({ Frame }: SingleViewPageProps) {
  const state = useExplorerState();
  return (
    <Frame view="timeline" urlState={state.urlState}>
      <Timeline {...getTimelineProps(state)} />
    </Frame>
  );
}
