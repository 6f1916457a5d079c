import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { SortingState } from '@tanstack/react-table';
import { ChartTooltip } from '@/charts/ChartTooltip';
import { SourceLine } from '@/charts/SourceLine';
import { useElementSize } from '@/charts/useElementSize';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { useDataset } from '@/dataset/useDataset';
import { createUnionFilter, type UnionFilter } from '@/derive/filterUnions';
import { formatCount, formatShare } from '@/derive/format';
import { layoutBars, type PlacedBar } from '@/derive/layoutBars';
import { pickById } from '@/derive/pickById';
import { sortUnions } from '@/derive/unionSortKeys';
import { MembershipBars } from './MembershipBars';
import { MembershipChartControls, type ChartMeasure, type ChartOrder } from './MembershipChartControls';
import { MembershipDataTable } from './MembershipDataTable';

export interface MembershipChartProps {
  filter: UnionFilter;
  /** The table's sort, followed when the reader picks "As the table is sorted". */
  sorting: SortingState;
  highlight: string | null;
  onHover: (abbreviation: string | null) => void;
  onPinToggle: (abbreviation: string) => void;
  /** Draw larger than laid out (1.85 in the present theme). */
  zoom?: number;
  /** Shrink the rows to fit the height the chart is given (an embed's frame), down to 14 px. */
  fitHeight?: boolean;
}

/** A bar chart past this many unions stops being readable; the table holds them all. */
const MAX_BARS = 60;
const ORDER_SORTS: Record<Exclude<ChartOrder, 'table'>, SortingState> = {
  members: [{ id: 'members', desc: true }],
  name: [{ id: 'union', desc: false }],
};
const formatTickCount = (value: number) => formatCount(value);
/** The room above and below the bars (axis labels, padding), as layoutBars lays them out. */
const BAR_CHROME = 40;
const MIN_FIT_ROW = 14;
const fitRowHeight = (height: number, bars: number) =>
  Math.max(MIN_FIT_ROW, Math.min(30, Math.floor((height - BAR_CHROME) / Math.max(bars, 1))));
const formatTickShare = (value: number) => formatShare(value).replace('.0%', '%');

/** The 1980 membership breakdown as horizontal bars, linked to the table's filter and highlight. */
export const MembershipChart = memo(function MembershipChart({
  filter,
  sorting,
  highlight,
  onHover,
  onPinToggle,
  zoom = 1,
  fitHeight = false,
}: MembershipChartProps) {
  const { unions, summary1980, sourcesById } = useDataset();
  const [order, setOrder] = useState<ChartOrder>('members');
  const [measure, setMeasure] = useState<ChartMeasure>('members');
  const [activeIndex, setActiveIndex] = useState(0);
  const [tooltipKey, setTooltipKey] = useState<string | null>(null);
  const [wrapperRef, { width, height }] = useElementSize<HTMLDivElement>({ width: 640, height: 0 });
  const tooltipId = useId();
  const captionId = useId();

  // Only the "as the table" order depends on the table's sort; the others ignore its changes.
  const orderSorting = order === 'table' ? sorting : ORDER_SORTS[order];
  const ordered = useMemo(() => sortUnions(unions, orderSorting).slice(0, MAX_BARS), [unions, orderSorting]);
  const byKey = useMemo(() => new Map<string, UnionRow>(ordered.map((union) => [union.abbreviation, union])), [ordered]);
  const layout = useMemo(
    () =>
      layoutBars(
        ordered.map((union) => ({
          key: union.abbreviation,
          label: union.abbreviation,
          value: measure === 'members' ? union.members1980 : union.share,
        })),
        { width: width / zoom, rowHeight: fitHeight && height > 0 ? fitRowHeight(height / zoom, ordered.length) : undefined },
      ),
    [ordered, measure, width, height, zoom, fitHeight],
  );
  const filteredOut = useMemo(() => {
    const keep = createUnionFilter(filter);
    return new Set(ordered.filter((union) => !keep(union)).map((union) => union.abbreviation));
  }, [ordered, filter]);

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
  const tipBar = layout.bars.find((bar) => bar.key === tooltipKey);
  const sourceIds = [...new Set(unions.flatMap((union) => union.sources))];
  const caption = `1980 membership of the founding unions: ${summary1980.knownCount} of ${summary1980.count} unions known, known total ${formatCount(summary1980.knownTotal)}`;

  return (
    <div className="chart-view" data-view-ready>
      <MembershipChartControls order={order} onOrderChange={setOrder} measure={measure} onMeasureChange={setMeasure} />
      <figure className="chart-figure" aria-labelledby={captionId}>
        <figcaption id={captionId}>{caption}</figcaption>
        <div className="chart-wrapper" ref={wrapperRef}>
          {fitHeight && (
            // Fitted to a frame, the rows stop shrinking at 14 px: this sets the frame's least height
            // for the chart, below which it scrolls rather than the bars spilling over the source
            // line. An SVG height, not a style attribute: the page's CSP refuses inline styles.
            <svg
              className="chart-min-size"
              aria-hidden="true"
              focusable="false"
              width="1"
              height={(BAR_CHROME + MIN_FIT_ROW * ordered.length) * zoom}
            />
          )}
          <MembershipBars
            layout={layout}
            title={caption}
            formatValue={formatValue}
            formatTick={measure === 'members' ? formatTickCount : formatTickShare}
            describeBar={describeBar}
            highlight={highlight}
            filteredOut={filteredOut}
            activeIndex={Math.min(activeIndex, layout.bars.length - 1)}
            tooltipId={tipUnion === undefined ? null : tooltipId}
            onActiveChange={setActiveIndex}
            onBarEnter={onBarEnter}
            onBarLeave={onBarLeave}
            onBarPress={onPinToggle}
            zoom={zoom}
          />
          {tipUnion !== undefined && tipBar !== undefined && (
            <ChartTooltip
              id={tooltipId}
              x={(layout.margin.left + (tipBar.length ?? 44) + 12) * zoom}
              y={(layout.margin.top + (tipBar.y > layout.innerHeight / 2 ? tipBar.y - 4 : tipBar.y + tipBar.height + 4)) * zoom}
              above={tipBar.y > layout.innerHeight / 2}
              containerWidth={width}
            >
              <strong>{tipUnion.abbreviation}</strong>
              {tipUnion.nameJa !== null && <span lang="ja"> {tipUnion.nameJa}</span>}
              <br />
              {tipUnion.nameEn ?? 'English name not recorded'}
              <br />
              {tipUnion.members1980 === null
                ? 'Membership in 1980: unknown'
                : `${formatCount(tipUnion.members1980)} members, ${tipUnion.share === null ? '' : formatShare(tipUnion.share)} of the known total`}
              <br />
              <span className="chart-tooltip__source">
                Source: {pickById(tipUnion.sources, sourcesById).map((source) => source.title).join('; ')}
              </span>
            </ChartTooltip>
          )}
        </div>
        {unions.length > MAX_BARS && (
          <p className="chart-note">
            Showing the first {MAX_BARS} of {formatCount(unions.length)} unions in this order; the table lists them all.
          </p>
        )}
        <p className="chart-note">
          Unknown is drawn as a hatched slot, not a bar: no source gives that union’s 1980 figure, and it is left out of the
          total.
        </p>
        <SourceLine sources={pickById(sourceIds, sourcesById)} />
      </figure>
      <MembershipDataTable unions={ordered} />
    </div>
  );
});
