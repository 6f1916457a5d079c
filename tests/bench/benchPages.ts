/** The pages `npm run bench` measures, and how many views each draws. Later views add their embeds here. */
export interface BenchPage {
  path: string;
  /** Elements marked `data-view-ready` once the page's views are drawn. */
  views: number;
}

export const BENCH_PAGES: BenchPage[] = [
  { path: '/', views: 3 },
  { path: '/?view=table&embed=1', views: 1 },
  { path: '/?view=chart&embed=1', views: 1 },
  { path: '/?view=timeline&embed=1', views: 1 },
];
