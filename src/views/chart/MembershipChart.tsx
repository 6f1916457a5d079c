import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { SortingState } from '@tanstack/react-table';
import { useHydrated } from '@/charts/useHydrated';
import { Measured } from '@/charts/Measured';
import { SourceLine } from '@/charts/SourceLine';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { useDataset } from '@/dataset/useDataset';
import { createUnionFilter, type UnionFilter } from '@/derive/filterUnions';
import { formatCount, formatCountOf, formatShare } from '@/derive/format';
import { layoutBars, type PlacedBar } from '@/derive/layoutBars';
import { pickById } from '@/derive/pickById';
import { selectShown } from '@/derive/selectShown';
import { sortUnions } from '@/derive/unionSortKeys';
import { MembershipChartControls, type ChartMeasure, type ChartOrder } from './MembershipChartControls';
import { MembershipDataTable } from './MembershipDataTable';
import { MembershipPlot } from './MembershipPlot';
import { UnionTooltip } from './UnionTooltip';

export interface MembershipChartProps {
  filter: UnionFilter;
  /** The table's sort, followed when the reader picks "As the table is sorted". */
  sorting: SortingState;
  highlight: string | null;
  /** The union the reader pinned: drawn even where the chart shows only some. */
  pinned?: string | null;
  onHover: (abbreviation: string | null) => void;
  onPinToggle: (abbreviation: string) => void;
  /** Stretch the rows to fill the height the chart is given (an embed's frame), down to 14 px each. */
  fitHeight?: boolean;
  /** How the bars are ordered and what they measure (the URL's `order` and `measure`). */
  order: ChartOrder;
  onOrderChange: (order: ChartOrder) => void;
  measure: ChartMeasure;
  onMeasureChange: (measure: ChartMeasure) => void;
}

/** A bar chart past this many unions stops being readable; the table holds them all. */
const MAX_BARS = 60;
const ORDER_SORTS: Record<Exclude<ChartOrder, 'table'>, SortingState> = {
  members: [{ id: 'members', desc: true }],
  name: [{ id: 'union', desc: false }],
};
const formatTickCount = (value: number) => formatCount(value);
/** The least row height of a chart stretched to fill a frame: below it the frame scrolls. */
const MIN_FIT_ROW = 14;
const formatTickShare = (value: number) => formatShare(value).replace('.0%', '%');
/** The size drawn before the frame is measured (and on the server): only the tooltip depends on it. */
const INITIAL_SIZE = { width: 640, height: 0 };

/** The founding unions' membership at one date as horizontal bars, linked to the table's filter and highlight. */
export const MembershipChart = memo(function MembershipChart({
  filter,
  sorting,
  highlight,
  pinned = null,
  onHover,
  onPinToggle,
  fitHeight = false,
  order,
  onOrderChange,
  measure,
  onMeasureChange,
}: MembershipChartProps) {
  const hydrated = useHydrated();
  const { unions, summary, sourcesById, membersDateLabel } = useDataset();
  const [activeIndex, setActiveIndex] = useState(0);
  const [tooltipKey, setTooltipKey] = useState<string | null>(null);
  const tooltipId = useId();
  const captionId = useId();

  // Only the "as the table" order depends on the table's sort; the others ignore its changes.
  const orderSorting = order === 'table' ? sorting : ORDER_SORTS[order];
  const keep = useMemo(() => createUnionFilter(filter), [filter]);
  const sorted = useMemo(() => sortUnions(unions, orderSorting), [unions, orderSorting]);
  // Past MAX_BARS, the pinned union and every match are drawn before any other union.
  const { shown: ordered, hidden } = useMemo(
    () => selectShown(sorted, keep, (union) => union.abbreviation === pinned, MAX_BARS),
    [sorted, keep, pinned],
  );
  const byKey = useMemo(
    () => new Map<string, UnionRow>(ordered.map((union) => [union.abbreviation, union])),
    [ordered],
  );
  const layout = useMemo(
    () =>
      layoutBars(
        ordered.map((union) => ({
          key: union.abbreviation,
          label: union.abbreviation,
          value: measure === 'members' ? union.members : union.share,
        })),
      ),
    [ordered, measure],
  );
  const filteredOut = useMemo(
    () => new Set(ordered.filter((union) => !keep(union)).map((union) => union.abbreviation)),
    [ordered, keep],
  );

  const formatValue = measure === 'members' ? formatCount : formatShare;
  const describeBar = useCallback(
    (bar: PlacedBar) =>
      `${bar.label}: ${bar.value === null ? 'membership unknown' : measure === 'members' ? `${formatCount(bar.value)} members` : `${formatShare(bar.value)} of the known total`}${filteredOut.has(bar.key) ? ', filtered out' : ''}`,
    [measure, filteredOut],
  );
  const onBarEnter = useCallback(
    (key: string) => {
      setTooltipKey(key);
      onHover(key);
    },
    [onHover],
  );
  const onBarLeave = useCallback(() => {
    setTooltipKey(null);
    onHover(null);
  }, [onHover]);
  const tipUnion = tooltipKey === null ? undefined : byKey.get(tooltipKey);
  const minHeight = fitHeight ? layout.margin.top + layout.margin.bottom + MIN_FIT_ROW * ordered.length : layout.height;
  const tipContent = tipUnion === undefined ? null : <UnionTooltip union={tipUnion} />;
  const tooltip = tipUnion === undefined ? null : { id: tooltipId, key: tipUnion.abbreviation, content: tipContent };
  const sourceIds = [...new Set(unions.flatMap((union) => union.sources))];
  // Unknown stays unknown: with no figure known there is no total, not a total of 0.
  const caption = `${membersDateLabel} membership of the founding unions: ${
    summary.count === 0
      ? 'this dataset lists none'
      : summary.knownCount === 0
        ? `none of ${formatCountOf(summary.count, 'union')} known`
        : `${formatCount(summary.knownCount)} of ${formatCountOf(summary.count, 'union')} known, known total ${formatCount(summary.knownTotal)}`
  }`;

  return (
    <div className="chart-view" data-view-ready={hydrated ? '' : undefined}>
      <MembershipChartControls
        order={order}
        onOrderChange={onOrderChange}
        measure={measure}
        onMeasureChange={onMeasureChange}
      />
      <figure className="chart-figure" aria-labelledby={captionId}>
        <figcaption id={captionId}>{caption}</figcaption>
        <Measured className={fitHeight ? 'chart-wrapper chart-wrapper--fit' : 'chart-wrapper'} initial={INITIAL_SIZE}>
          {({ width, height }) => (
            <MembershipPlot
              width={width}
              height={height}
              layout={layout}
              title={caption}
              formatValue={formatValue}
              formatTick={measure === 'members' ? formatTickCount : formatTickShare}
              describeBar={describeBar}
              highlight={highlight}
              filteredOut={filteredOut}
              activeIndex={Math.min(activeIndex, layout.bars.length - 1)}
              onActiveChange={setActiveIndex}
              onBarEnter={onBarEnter}
              onBarLeave={onBarLeave}
              onBarPress={onPinToggle}
              minHeight={minHeight}
              tooltip={tooltip}
            />
          )}
        </Measured>
        {hidden > 0 && (
          <p className="chart-note">
            Showing {formatCount(ordered.length)} of {formatCountOf(unions.length, 'union')} in this order, every one
            the filter keeps{pinned === null ? '' : ' and the pinned one'} first; {formatCount(hidden)} not drawn. The
            table lists them all.
          </p>
        )}
        <p className="chart-note">
          Unknown is drawn as a hatched slot, not a bar: no source gives that union’s {membersDateLabel} figure, and it
          is left out of the total.
        </p>
        <SourceLine sources={pickById(sourceIds, sourcesById)} />
      </figure>
      <MembershipDataTable unions={ordered} asOf={membersDateLabel} />
    </div>
  );
});
