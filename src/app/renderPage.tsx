import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import { App } from './App';
import { getPrerenderedPageId, loadPage, PRERENDERED_PAGES } from './pages';

/** One prerendered file: where it goes and its #root element, drawn. */
export interface RenderedPage {
  file: string;
  /** An embed: the page is the view alone, filling a frame. */
  embed: boolean;
  root: string;
}

/**
 * Each page of the registry drawn over the embedded dataset into its #root, for the build
 * (build/prerender.ts): readers see the views before any script runs, and keep them without
 * script. The tree is main.tsx's, so the client hydrates it instead of drawing it again.
 */
export async function renderPages(): Promise<RenderedPage[]> {
  return Promise.all(
    PRERENDERED_PAGES.map(async ({ file, request }) => {
      const page = await loadPage(request);
      const html = renderToString(
        <StrictMode>
          <App initial={embeddedDataset}>{page}</App>
        </StrictMode>,
      );
      const root = `<div id="root" data-page="${getPrerenderedPageId(request)}">${html}</div>`;
      return { file, embed: request.embed, root };
    }),
  );
}
