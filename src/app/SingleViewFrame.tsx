import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useEmbedHeight } from './useEmbedHeight';
import type { UrlState, ViewName } from './urlState';
import { ViewSection } from './ViewSection';

interface SingleViewFrameProps {
  view: ViewName;
  /** Only the view, its title and its source line: no site header, navigation or footer. */
  embed: boolean;
  urlState: UrlState;
  children: ReactNode;
}

/** One view on its own page (`?view=`), or filling an iframe (`&embed=1`). */
export function SingleViewFrame({ view, embed, urlState, children }: SingleViewFrameProps) {
  useEmbedHeight(embed);
  if (embed) {
    return (
      <main className="embed">
        <ViewSection view={view} urlState={urlState} headingLevel={1}>
          {children}
        </ViewSection>
      </main>
    );
  }
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
