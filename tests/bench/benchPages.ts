import { CLIENT_RENDERED, STATIC_FLOOR } from './referencePages';

/** A page `npm run bench` measures, and what it draws. */
export interface BenchPage {
  path: string;
  /** How many views the page draws (VIEW_SELECTOR). */
  views: number;
  /** Whether it draws the membership chart's 15 bars. */
  bars: boolean;
  /** Whether it runs script (the static floor never becomes interactive). */
  scripted: boolean;
}

export const BENCH_PAGES: BenchPage[] = [
  { path: '/', views: 3, bars: true, scripted: true },
  { path: STATIC_FLOOR, views: 3, bars: true, scripted: false },
  { path: CLIENT_RENDERED, views: 3, bars: true, scripted: true },
  { path: '/embed/table.html', views: 1, bars: false, scripted: true },
  { path: '/embed/chart.html', views: 1, bars: true, scripted: true },
  { path: '/embed/timeline.html', views: 1, bars: false, scripted: true },
];

/** Each drawn view's root element, prerendered or not (`data-view-ready` waits for hydration). */
export const VIEW_SELECTOR = '.table-view, .chart-view, .timeline-view';

/** The membership chart's bars: one mark per known figure, one hatched slot per unknown one. */
export const BAR_SELECTOR = '.chart-view .bar__mark, .chart-view .bar-unknown';
export const BAR_COUNT = 15;
