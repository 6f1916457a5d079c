import type { ComponentType, ReactNode } from 'react';
import type { ViewName } from './urlState';
import type { SingleViewPageProps, ViewFrame } from './ViewFrame';

/*
 * Each page is its own chunk: an embedded chart loads the chart and not the table library or
 * the timeline, and the explorer loads all three. A single view's frame is a chunk of its own
 * too, so an embed does not load the site's header and footer.
 */
const loadFrame = async (embed: boolean): Promise<ViewFrame> =>
  embed ? (await import('./EmbedFrame')).EmbedFrame : (await import('./SingleViewFrame')).SingleViewFrame;

/** A single view's page: its module and its frame, fetched at once. */
const singleView =
  (loadModule: () => Promise<ComponentType<SingleViewPageProps>>) =>
  async (embed: boolean): Promise<ReactNode> => {
    const [Page, Frame] = await Promise.all([loadModule(), loadFrame(embed)]);
    return <Page Frame={Frame} embed={embed} />;
  };

const PAGES: Record<ViewName | 'explorer', (embed: boolean) => Promise<ReactNode>> = {
  explorer: async () => {
    const { ExplorerPage } = await import('./ExplorerPage');
    return <ExplorerPage />;
  },
  table: singleView(async () => (await import('./TablePage')).TablePage),
  chart: singleView(async () => (await import('./ChartPage')).ChartPage),
  timeline: singleView(async () => (await import('./TimelinePage')).TimelinePage),
};

/** The page element for a URL's `view` (null for the explorer) and `embed`. */
export function loadPage(view: ViewName | null, embed: boolean): Promise<ReactNode> {
  return PAGES[view ?? 'explorer'](embed);
}
