import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import { App } from './App';
import { ChartPage } from './ChartPage';
import { EmbedFrame } from './EmbedFrame';
import { ExplorerPage } from './ExplorerPage';
import { SingleViewFrame } from './SingleViewFrame';
import { TablePage } from './TablePage';
import { TimelinePage } from './TimelinePage';
import type { ViewName } from './urlState';

/**
 * The HTML of a page over the embedded dataset, for prerendering at build time (vite.config.ts):
 * readers see the views at first paint, before any script runs, and keep them without script.
 * The tree matches main.tsx's, so the client hydrates it instead of drawing it again.
 */
export function renderPage(view: ViewName | null, embed: boolean): string {
  const Frame = embed ? EmbedFrame : SingleViewFrame;
  const Page = view === 'table' ? TablePage : view === 'chart' ? ChartPage : TimelinePage;
  const page = view === null ? <ExplorerPage /> : <Page Frame={Frame} embed={embed} />;
  return renderToString(
    <StrictMode>
      <App initial={embeddedDataset}>{page}</App>
    </StrictMode>,
  );
}
