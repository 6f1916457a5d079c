import { useRef } from 'react';
import { useEmbedHeight } from './useEmbedHeight';
import { useEmbedKeys } from './useEmbedKeys';
import type { ViewFrameProps } from './ViewFrame';
import { ViewSection } from './ViewSection';

/** `&embed=1`: only the view, its title, tools and source line, filling an iframe. */
export function EmbedFrame({ view, urlState, children }: ViewFrameProps) {
  const embedRef = useRef<HTMLElement>(null);
  useEmbedHeight(embedRef);
  useEmbedKeys();
  return (
    <main className="embed" ref={embedRef}>
      <ViewSection view={view} urlState={urlState} headingLevel={1}>
        {children}
      </ViewSection>
    </main>
  );
}
