import { useMemo, useRef, type ReactNode } from 'react';
import { ChartSvgContext } from '@/charts/ChartSvgContext';
import { useDataset } from '@/dataset/useDataset';
import { describeView } from './describeView';
import type { ViewName } from './pages';
import type { UrlState } from './urlState';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { ViewTools } from './ViewTools';

interface ViewSectionProps {
  view: ViewName;
  urlState: UrlState;
  /** h1 where the view is the whole page (an embed), h2 inside the explorer. */
  headingLevel?: 1 | 2;
  children: ReactNode;
}

/**
 * A titled region holding one view behind its own error boundary, with its tools. It is also
 * what goes fullscreen and what prints on a page of its own.
 */
export function ViewSection({ view, urlState, headingLevel = 2, children }: ViewSectionProps) {
  const derived = useDataset();
  const frameRef = useRef<HTMLElement>(null);
  // Filled by the view's chart frame, for the tools that export it.
  const chartRef = useRef<SVGSVGElement>(null);
  // The export's source line reads every union's sources: worked out again only when what it
  // depends on changes, not on every sort or hover.
  const { query, step } = urlState;
  const { title, name, exportInfo } = useMemo(
    () => describeView(view, derived, { query, step }),
    [view, derived, query, step],
  );
  const headingId = `${view}-heading`;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section id={view} ref={frameRef} className="view-section" aria-labelledby={headingId} data-view={view}>
      <div className="view-section__head">
        <Heading id={headingId}>{title}</Heading>
        <ViewTools
          view={view}
          title={title}
          frameRef={frameRef}
          chartRef={chartRef}
          urlState={urlState}
          exportInfo={exportInfo}
        />
      </div>
      <div className="view-section__body">
        <ChartSvgContext value={chartRef}>
          <ViewErrorBoundary viewName={name}>{children}</ViewErrorBoundary>
        </ChartSvgContext>
      </div>
    </section>
  );
}
