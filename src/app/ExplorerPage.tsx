import { FoundingUnionsTable } from '@/views/FoundingUnionsTable';
import { MembershipChart } from '@/views/MembershipChart';
import { Timeline } from '@/views/Timeline';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useExplorerState } from './useExplorerState';
import { ViewSection } from './ViewSection';

/** The whole story on one page: the table, the chart and the timeline, one section each. */
export function ExplorerPage() {
  const state = useExplorerState();
  return (
    <div className="page">
      <a className="skip-link" href="#table">
        Skip to the table
      </a>
      <SiteHeader />
      <main>
        <ViewSection id="table" title="The 15 founding unions" viewName="the table">
          <FoundingUnionsTable {...state} />
        </ViewSection>
        <ViewSection id="chart" title="Membership in 1980" viewName="the membership chart">
          <MembershipChart
            filter={state.filter}
            sorting={state.sorting}
            highlight={state.highlight}
            onHover={state.onHover}
            onPinToggle={state.onPinToggle}
          />
        </ViewSection>
        <ViewSection id="timeline" title="From 1975 to 2019" viewName="the timeline">
          <Timeline step={state.step} onStepChange={state.onStepChange} highlight={state.highlight} />
        </ViewSection>
      </main>
      <SiteFooter />
    </div>
  );
}
