import type { ReactNode } from 'react';
import { useEmbedHeight } from './useEmbedHeight';
import type { UrlState, ViewName } from './urlState';
import { ViewSection } from './ViewSection';

interface EmbedFrameProps {
  view: ViewName;
  urlState: UrlState;
  children: ReactNode;
}

/** `&embed=1`: only the view, its title, tools and source line, filling an iframe. */
export function EmbedFrame({ view, urlState, children }: EmbedFrameProps) {
  useEmbedHeight(true);
  return (
    <main className="embed">
      <ViewSection view={view} urlState={urlState} headingLevel={1}>
        {children}
      </ViewSection>
    </main>
  );
}
