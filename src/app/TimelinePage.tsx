import { Timeline } from '@/views/timeline/Timeline';
import { useExplorerState } from './useExplorerState';
import type { SingleViewPageProps } from './ViewFrame';

/** `?view=timeline`: only the timeline's code is loaded. */
export function TimelinePage({ Frame }: SingleViewPageProps) {
  const state = useExplorerState();
  return (
    <Frame view="timeline" urlState={state.urlState}>
      <Timeline step={state.step} onStepChange={state.onStepChange} highlight={state.highlight} />
    </Frame>
  );
}
