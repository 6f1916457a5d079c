import type { ComponentType, ReactNode } from 'react';
import { createRetryingImport } from '@/derive/createRetryingImport';
import type { ViewName } from './urlState';
import type { SingleViewPageProps, ViewFrame } from './ViewFrame';

/** A dynamic import that a later call tries again after it failed (src/boot.ts's Retry). */
export const retrying = <M,>(load: () => Promise<M>): (() => Promise<M>) =>
  createRetryingImport(load, (url) => import(/* @vite-ignore */ url), () => window.location.origin);

/*
 * Each page is its own chunk: an embedded chart loads the chart and not the table library or
 * the timeline, and the explorer loads all three. A single view's frame is a chunk of its own
 * too, so an embed does not load the site's header and footer.
 */
const importEmbedFrame = retrying(() => import('./EmbedFrame'));
const importSingleViewFrame = retrying(() => import('./SingleViewFrame'));
const loadFrame = async (embed: boolean): Promise<ViewFrame> =>
  embed ? (await importEmbedFrame()).EmbedFrame : (await importSingleViewFrame()).SingleViewFrame;

/** A single view's page: its module and its frame, fetched at once. */
const singleView =
  (loadModule: () => Promise<ComponentType<SingleViewPageProps>>) =>
  async (embed: boolean): Promise<ReactNode> => {
    const [Page, Frame] = await Promise.all([loadModule(), loadFrame(embed)]);
    return <Page Frame={Frame} embed={embed} />;
  };

const importExplorerPage = retrying(() => import('./ExplorerPage'));
const importTablePage = retrying(() => import('./TablePage'));
const importChartPage = retrying(() => import('./ChartPage'));
const importTimelinePage = retrying(() => import('./TimelinePage'));

const PAGES: Record<ViewName | 'explorer', (embed: boolean) => Promise<ReactNode>> = {
  explorer: async () => {
    const { ExplorerPage } = await importExplorerPage();
    return <ExplorerPage />;
  },
  table: singleView(async () => (await importTablePage()).TablePage),
  chart: singleView(async () => (await importChartPage()).ChartPage),
  timeline: singleView(async () => (await importTimelinePage()).TimelinePage),
};

/** The page element for a URL's `view` (null for the explorer) and `embed`; called again, it retries what failed. */
export function loadPage(view: ViewName | null, embed: boolean): Promise<ReactNode> {
  return PAGES[view ?? 'explorer'](embed);
}
