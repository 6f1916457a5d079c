import type { ReactNode } from 'react';
import type { ViewName } from './urlState';
import type { ViewFrame } from './ViewFrame';

/*
 * Each page is its own chunk: an embedded chart loads the chart and not the table library or
 * the timeline, and the explorer loads all three. A single view's frame is a chunk of its own
 * too, so an embed does not load the site's header and footer.
 */
const loadFrame = async (embed: boolean): Promise<ViewFrame> =>
  embed ? (await import('./EmbedFrame')).EmbedFrame : (await import('./SingleViewFrame')).SingleViewFrame;

const PAGES: Record<ViewName | 'explorer', (embed: boolean) => Promise<ReactNode>> = {
  explorer: async () => {
    const { ExplorerPage } = await import('./ExplorerPage');
    return <ExplorerPage />;
  },
  table: async (embed) => {
    const [{ TablePage }, Frame] = await Promise.all([import('./TablePage'), loadFrame(embed)]);
    return <TablePage Frame={Frame} embed={embed} />;
  },
  chart: async (embed) => {
    const [{ ChartPage }, Frame] = await Promise.all([import('./ChartPage'), loadFrame(embed)]);
    return <ChartPage Frame={Frame} embed={embed} />;
  },
  timeline: async (embed) => {
    const [{ TimelinePage }, Frame] = await Promise.all([import('./TimelinePage'), loadFrame(embed)]);
    return <TimelinePage Frame={Frame} embed={embed} />;
  },
};

/** The page element for a URL's `view` (null for the explorer) and `embed`. */
export function loadPage(view: ViewName | null, embed: boolean): Promise<ReactNode> {
  return PAGES[view ?? 'explorer'](embed);
}
