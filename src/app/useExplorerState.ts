import { useCallback, useMemo, useState } from 'react';
import type { SortingState } from '@tanstack/react-table';
import { useDataset } from '@/dataset/useDataset';
import type { UnionFilter } from '@/derive/filterUnions';
import { UNION_SORT_IDS } from '@/derive/unionSortKeys';
import type { ChartMeasure, ChartOrder } from '@/views/chart/MembershipChartControls';
import type { Theme, UrlState } from './urlState';
import { useTheme } from './useTheme';
import { useUrlState } from './useUrlState';

/** What the views share, each part with the callback that changes it. */
export interface ExplorerState {
  /** The table's filter (the URL's `q` and `members`); the chart fades what it leaves out. */
  filter: UnionFilter;
  onFilterChange: (filter: UnionFilter) => void;
  /** The table's sort (the URL's `sort`); the chart can follow it. */
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  /** The union emphasised in every view: the hovered one, else the pinned one. */
  highlight: string | null;
  /** The union pinned by a click (the URL's `highlight`), if it is in this dataset. */
  pinned: string | null;
  onHover: (abbreviation: string | null) => void;
  onPinToggle: (abbreviation: string) => void;
  /** The timeline's current event id (the URL's `step`). */
  step: string | null;
  onStepChange: (step: string) => void;
  /** The chart's order and measure (the URL's `order` and `measure`). */
  order: ChartOrder;
  onOrderChange: (order: ChartOrder) => void;
  measure: ChartMeasure;
  onMeasureChange: (measure: ChartMeasure) => void;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  /** Every parameter, for links and embed snippets that carry the state over. */
  urlState: UrlState;
}

/**
 * The state the views share: the table's filter and sort, and the highlighted union (pinned in
 * the URL, or hovered for a moment). Views never talk to each other; they read and change this.
 */
export function useExplorerState(): ExplorerState {
  const { unions } = useDataset();
  const [urlState, setUrlState] = useUrlState(UNION_SORT_IDS);
  const [hovered, setHovered] = useState<string | null>(null);

  // A `highlight=` naming no union in this dataset is ignored, like any malformed parameter.
  const { highlight } = urlState;
  const pinned = useMemo(
    () => (highlight !== null && unions.some((union) => union.abbreviation === highlight) ? highlight : null),
    [unions, highlight],
  );
  const filter = useMemo<UnionFilter>(
    () => ({ query: urlState.query, members: urlState.members }),
    [urlState.query, urlState.members],
  );

  const onFilterChange = useCallback(
    (next: UnionFilter) => setUrlState({ query: next.query, members: next.members }),
    [setUrlState],
  );
  const onSortingChange = useCallback((sorting: SortingState) => setUrlState({ sorting }), [setUrlState]);
  const onPinToggle = useCallback(
    (abbreviation: string) => setUrlState({ highlight: pinned === abbreviation ? null : abbreviation }),
    [setUrlState, pinned],
  );

  const onStepChange = useCallback((step: string) => setUrlState({ step }), [setUrlState]);
  const onOrderChange = useCallback((order: ChartOrder) => setUrlState({ order }), [setUrlState]);
  const onMeasureChange = useCallback((measure: ChartMeasure) => setUrlState({ measure }), [setUrlState]);
  const onThemeChange = useCallback((theme: Theme) => setUrlState({ theme }), [setUrlState]);
  useTheme(urlState.theme, onThemeChange);

  return {
    filter,
    onFilterChange,
    sorting: urlState.sorting,
    onSortingChange,
    highlight: hovered ?? pinned,
    pinned,
    onHover: setHovered,
    onPinToggle,
    step: urlState.step,
    onStepChange,
    order: urlState.order,
    onOrderChange,
    measure: urlState.measure,
    onMeasureChange,
    theme: urlState.theme,
    onThemeChange,
    urlState,
  };
}
