import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import type { UrlState, ViewName } from './urlState';
import { ViewSection } from './ViewSection';

interface SingleViewFrameProps {
  view: ViewName;
  urlState: UrlState;
  children: ReactNode;
}

/** `?view=`: one view on a page of its own, with the site's header and footer. */
export function SingleViewFrame({ view, urlState, children }: SingleViewFrameProps) {
  return (
    <div className="page">
      <SiteHeader />
      <main>
        <ViewSection view={view} urlState={urlState}>
          {children}
        </ViewSection>
      </main>
      <SiteFooter />
    </div>
  );
}
