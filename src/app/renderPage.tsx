import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import { App } from './App';
import { createDerivedDataset } from '@/dataset/createDerivedDataset';
import { describePage, type PageHead } from './describePage';
import { getPrerenderedPageId, loadPage, PRERENDERED_PAGES } from './pages';

/** One prerendered file: where it goes and its #root element, drawn. */
export interface RenderedPage {
  file: string;
  /** An embed: the page is the view alone, filling a frame. */
  embed: boolean;
  root: string;
  /** Its own <title> and description. */
  head: PageHead;
}

/**
 * Each page of the registry drawn over the embedded dataset into its #root, for the build
 * (build/prerender.ts): readers see the views before any script runs, and keep them without
 * script. The tree is main.tsx's, so the client hydrates it instead of drawing it again.
 */
export async function renderPages(): Promise<RenderedPage[]> {
  if (!embeddedDataset.ok) throw new Error('renderPages: the embedded dataset was refused');
  const derived = createDerivedDataset(embeddedDataset.dataset);
  return Promise.all(
    PRERENDERED_PAGES.map(async ({ file, request }) => {
      const page = await loadPage(request);
      const html = renderToString(
        <StrictMode>
          <App initial={embeddedDataset}>{page}</App>
        </StrictMode>,
      );
      const root = `<div id="root" data-page="${getPrerenderedPageId(request)}">${html}</div>`;
      return { file, embed: request.embed, root, head: describePage(request.view, derived) };
    }),
  );
}
