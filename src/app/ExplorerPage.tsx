import { FoundingUnionsTable } from '@/views/FoundingUnionsTable';
import { MembershipChart } from '@/views/MembershipChart';
import { Timeline } from '@/views/Timeline';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useExplorerState } from './useExplorerState';
import { getChartProps, getTimelineProps } from './viewProps';
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
        <ViewSection view="table" urlState={state.urlState}>
          <FoundingUnionsTable {...state} />
        </ViewSection>
        <ViewSection view="chart" urlState={state.urlState}>
          <MembershipChart {...getChartProps(state)} />
        </ViewSection>
        <ViewSection view="timeline" urlState={state.urlState}>
          <Timeline {...getTimelineProps(state)} />
        </ViewSection>
      </main>
      <SiteFooter />
    </div>
  );
}
