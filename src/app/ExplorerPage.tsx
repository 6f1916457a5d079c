import { Suspense, useDeferredValue } from 'react';
import { FoundingUnionsTable } from '@/views/table/FoundingUnionsTable';
import { MembershipChart } from '@/views/chart/MembershipChart';
import { Timeline } from '@/views/timeline/Timeline';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useExplorerState } from './useExplorerState';
import { ViewSection } from './ViewSection';

/**
 * The whole story on one page: the table, the chart and the timeline, one section each. The
 * chart and the timeline sit in Suspense boundaries so that hydration takes the page in turns:
 * the table first, answering a sort click as soon as it can, then the two below it. (Nothing
 * here suspends; React hydrates a boundary after the rest, or at once when its input needs it.)
 */
export function ExplorerPage() {
  const state = useExplorerState();
  // The table answers a keystroke or a sort click at once. What follows from it elsewhere (the
  // chart's fading and order, each view's links that carry the state) comes in React's next render,
  // which a further keystroke interrupts: on a slow phone the frame goes to the table in use.
  const filter = useDeferredValue(state.filter);
  const sorting = useDeferredValue(state.sorting);
  const urlState = useDeferredValue(state.urlState);
  return (
    <div className="page">
      <a className="skip-link" href="#table">
        Skip to the table
      </a>
      <SiteHeader />
      <main>
        <ViewSection view="table" urlState={urlState}>
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
        </ViewSection>
        <ViewSection view="chart" urlState={urlState}>
          <Suspense>
            <MembershipChart
              filter={filter}
              sorting={sorting}
              highlight={state.highlight}
              pinned={state.pinned}
              onHover={state.onHover}
              onPinToggle={state.onPinToggle}
              order={state.order}
              onOrderChange={state.onOrderChange}
              measure={state.measure}
              onMeasureChange={state.onMeasureChange}
            />
          </Suspense>
        </ViewSection>
        <ViewSection view="timeline" urlState={urlState}>
          <Suspense>
            <Timeline step={state.step} onStepChange={state.onStepChange} highlight={state.highlight} />
          </Suspense>
        </ViewSection>
      </main>
      <SiteFooter />
    </div>
  );
}
