/** The pages `npm run bench` measures, and how many views each draws. Later views add their embeds here. */
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
  { path: '/?view=chart&embed=1', views: 1 },
];
