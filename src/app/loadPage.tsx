import type { ReactNode } from 'react';
import type { ViewName } from './urlState';

/*
 * Each page is its own chunk: an embedded chart loads the chart and not the table library or
 * the timeline, and the explorer loads all three.
 */
const PAGES: Record<ViewName | 'explorer', (embed: boolean) => Promise<ReactNode>> = {
  explorer: async () => {
    const { ExplorerPage } = await import('./ExplorerPage');
    return <ExplorerPage />;
  },
  table: async (embed) => {
    const { TablePage } = await import('./TablePage');
    return <TablePage embed={embed} />;
  },
  chart: async (embed) => {
    const { ChartPage } = await import('./ChartPage');
    return <ChartPage embed={embed} />;
  },
  timeline: async (embed) => {
    const { TimelinePage } = await import('./TimelinePage');
    return <TimelinePage embed={embed} />;
  },
};

/** The page element for a URL's `view` (null for the explorer) and `embed`. */
export function loadPage(view: ViewName | null, embed: boolean): Promise<ReactNode> {
  return PAGES[view ?? 'explorer'](embed);
}
