import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import type { ViewFrameProps } from './ViewFrame';
import { ViewSection } from './ViewSection';

/** `?view=`: one view on a page of its own, with the site's header and footer. */
export function SingleViewFrame({ view, urlState, children }: ViewFrameProps) {
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
