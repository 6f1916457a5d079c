import type { ReactNode } from 'react';
import { ViewErrorBoundary } from './ViewErrorBoundary';

interface ViewSectionProps {
  /** The fragment id, also the `view=` name: "table", "chart" or "timeline". */
  id: string;
  title: string;
  /** What the view is called in an error message: "the table". */
  viewName: string;
  children: ReactNode;
}

/** A titled region of the page holding one view behind its own error boundary. */
export function ViewSection({ id, title, viewName, children }: ViewSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className="view-section" aria-labelledby={headingId} data-view={id}>
      <h2 id={headingId}>{title}</h2>
      <ViewErrorBoundary viewName={viewName}>{children}</ViewErrorBoundary>
    </section>
  );
}
