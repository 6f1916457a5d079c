/** The pages `npm run bench` measures (each prerendered by the build), and how many views each draws. */
export interface BenchPage {
  path: string;
  /** Elements marked `data-view-ready` once the page's views are drawn. */
  views: number;
}

export const BENCH_PAGES: BenchPage[] = [
  { path: '/', views: 3 },
  { path: '/embed/table.html', views: 1 },
  { path: '/embed/chart.html', views: 1 },
  { path: '/embed/timeline.html', views: 1 },
];
