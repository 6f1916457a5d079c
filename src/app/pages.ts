import type { ComponentType, ReactNode } from 'react';
// What JSX compiles to: it keeps this registry a plain .ts file, and it needs no React on the way to the first paint.
import { jsx } from 'react/jsx-runtime';
import { createRetryingImport } from '@/derive/createRetryingImport';
import type { EmbedRatio } from './createEmbedSnippet';
import type { SingleViewPageProps, ViewFrame } from './ViewFrame';

/** A dynamic import that a later call tries again after it failed (src/boot.ts's Retry). */
export const retrying = <M>(load: () => Promise<M>): (() => Promise<M>) =>
  createRetryingImport(
    load,
    (url) => import(/* @vite-ignore */ url),
    () => window.location.origin,
  );

/*
 * A single view's frame is a chunk of its own, so an embed does not load the site's header and
 * footer. Each module path beside a loader is the same file, named for the build's budget.
 */
const EMBED_FRAME = 'src/app/EmbedFrame.tsx';
const importEmbedFrame = retrying(async () => (await import('./EmbedFrame')).EmbedFrame);
const importSingleViewFrame = retrying(async () => (await import('./SingleViewFrame')).SingleViewFrame);
const loadFrame = (embed: boolean): Promise<ViewFrame> => (embed ? importEmbedFrame() : importSingleViewFrame());

/** A single view's page: its module and its frame, fetched at once. */
const singleView = (loadModule: () => Promise<ComponentType<SingleViewPageProps>>) => {
  const importPage = retrying(loadModule);
  return async (embed: boolean): Promise<ReactNode> => {
    const [Page, Frame] = await Promise.all([importPage(), loadFrame(embed)]);
    return jsx(Page, { Frame, embed });
  };
};

interface PageEntry {
  /** The page's short title: the header's link to the view, and its heading where nothing longer is given. */
  title: string;
  /** The file the build prerenders the page into; views are also reached as `index.html?view=NAME`. */
  file: string;
  /** The frame shape the Share panel offers first for this page's embed. */
  aspectRatio: EmbedRatio | null;
  /** The most gzipped JavaScript, in KB, the prerendered file may load on arrival (the build fails above it). */
  budgetKb: number;
  /** The modules the page loads besides the entry and the app (src/main.tsx), for that budget. */
  modules: readonly string[];
  /** The page's element for src/main.tsx to mount (or the prerenderer to draw); called again, it retries. */
  load: (embed: boolean) => Promise<ReactNode>;
}

const importExplorerPage = retrying(async () => (await import('./ExplorerPage')).ExplorerPage);

/**
 * Every page of the site: the explorer and one page per view, each also an embed. The build, the
 * URL parser, the loader, the prerenderer and the header read this list; adding a view is one entry
 * here and its page component.
 */
export const PAGES = {
  explorer: {
    title: 'Explorer',
    file: 'index.html',
    aspectRatio: null,
    budgetKb: 115,
    modules: ['src/app/ExplorerPage.tsx'],
    load: async () => jsx(await importExplorerPage(), {}),
  },
  table: {
    title: 'Table',
    file: 'embed/table.html',
    aspectRatio: '16:9',
    // 100 until the dataset's cited sources and figure notes took 1.1 KB (every page carries the dataset),
    // and the fork's two context events and the affiliates' Japanese names and notes 0.5 KB.
    budgetKb: 102,
    modules: ['src/app/TablePage.tsx', EMBED_FRAME],
    load: singleView(async () => (await import('./TablePage')).TablePage),
  },
  chart: {
    title: 'Chart',
    file: 'embed/chart.html',
    aspectRatio: '16:9',
    // 90 until the dataset's cited sources and figure notes took 1.1 KB (every page carries the dataset),
    // and the fork's two context events and the affiliates' Japanese names and notes 0.5 KB.
    budgetKb: 92,
    modules: ['src/app/ChartPage.tsx', EMBED_FRAME],
    load: singleView(async () => (await import('./ChartPage')).ChartPage),
  },
  timeline: {
    title: 'Timeline',
    file: 'embed/timeline.html',
    aspectRatio: '16:9',
    // 90 until event clusters (a year of many events as one marker that opens) took 0.8 KB, the
    // dataset's cited sources and figure notes 1.1 KB (every page carries the dataset), and the
    // figures' bases with their list 0.7 KB, the fork's two context events and the affiliates'
    // Japanese names and notes 0.9 KB.
    budgetKb: 94,
    modules: ['src/app/TimelinePage.tsx', EMBED_FRAME],
    load: singleView(async () => (await import('./TimelinePage')).TimelinePage),
  },
} as const satisfies Record<string, PageEntry>;

export type PageName = keyof typeof PAGES;
export type ViewName = Exclude<PageName, 'explorer'>;
const isViewName = (name: string): name is ViewName => name !== 'explorer' && name in PAGES;
export const VIEW_NAMES: readonly ViewName[] = Object.keys(PAGES).filter(isViewName);

/** Which page to show: the explorer (view null), or one view, embedded or not. */
export interface PageRequest {
  view: ViewName | null;
  embed: boolean;
}

/** Which page the URL asks for (`?view=chart&embed=1`); anything unknown is the explorer. */
export function parsePageParams(search: string): PageRequest {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const known = VIEW_NAMES.find((name) => name === view) ?? null;
  return { view: known, embed: known !== null && params.get('embed') === '1' };
}

/** The `data-page` the prerenderer writes on #root: `explorer`, or `chart-embed` for embed/chart.html. */
export const getPrerenderedPageId = ({ view, embed }: PageRequest): string =>
  view === null ? 'explorer' : `${view}${embed ? '-embed' : ''}`;

/** The page the build prerendered into #root (its data-page attribute), if any. */
export function parsePrerenderedPage(id: string | undefined): PageRequest | null {
  if (id === 'explorer') return { view: null, embed: false };
  const view = VIEW_NAMES.find((name) => id === `${name}-embed`);
  return view === undefined ? null : { view, embed: true };
}

/** The page element for a request; called again, it retries what failed. */
export function loadPage({ view, embed }: PageRequest): Promise<ReactNode> {
  return PAGES[view ?? 'explorer'].load(embed);
}

/** What the build prerenders: each page's file and the request it answers (a view's file is its embed). */
export const PRERENDERED_PAGES: ReadonlyArray<{ file: string; request: PageRequest }> = [
  { file: PAGES.explorer.file, request: { view: null, embed: false } },
  ...VIEW_NAMES.map((view) => ({ file: PAGES[view].file, request: { view, embed: true } })),
];
