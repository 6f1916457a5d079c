import { memo, type RefObject } from 'react';
import { Text } from '@/charts/Text';
import { Axis } from '@/charts/Axis';
import { ChartFrame } from '@/charts/ChartFrame';
import { em, percent } from '@/charts/svgUnits';
import { useRovingFocus } from '@/charts/useRovingFocus';
import { PATH_WIDTH, type TimelineLayout } from '@/derive/layoutTimeline';
import { formatCount } from '@/derive/format';
import { TimelineLanes } from './TimelineLanes';
import { TimelineMembershipBand } from './TimelineMembershipBand';

export interface TimelineChartProps {
  layout: TimelineLayout;
  title: string;
  /** Accessible name of each event marker, by event id. */
  eventNames: ReadonlyMap<string, string>;
  /** Accessible name of each fork branch, by branch id. */
  branchNames: ReadonlyMap<string, string>;
  /** Each membership figure's title: its date, figure, basis and note, by point id. */
  pointTitles: ReadonlyMap<string, string>;
  currentIndex: number;
  highlighted: ReadonlySet<string>;
  tooltipId: string | null;
  tooltipFor: string | null;
  onStepChange: (eventId: string) => void;
  onTooltip: (id: string | null) => void;
  /** The chart's hold on its SVG. */
  svgRef?: RefObject<SVGSVGElement | null>;
}

/**
 * The timeline's SVG: years, events in label rows, lanes, the forks' branches, membership
 * figures. The browser sizes it: times are percentages of the axis's width and everything tied to
 * text is in em (see svgUnits), so the prerendered picture is right at any width. Curves are drawn
 * in a box stretched to that width, with strokes that keep their width.
 */
export const TimelineChart = memo(function TimelineChart(props: TimelineChartProps) {
  const { layout, title, eventNames, branchNames, pointTitles, currentIndex, highlighted, tooltipId, tooltipFor } =
    props;
  const { height, margin, yearTicks, events, marks, lanes, branches, band, points, lanesBottom } = layout;
  const step = (index: number) => {
    const event = events[index];
    if (event !== undefined) props.onStepChange(event.id);
  };
  const hideTooltip = () => props.onTooltip(null);
  /** A mark's tooltip shows while it has the pointer or the focus. */
  const tooltipOf = (id: string) => ({
    'aria-describedby': tooltipFor === id && tooltipId !== null ? tooltipId : undefined,
    onFocus: () => props.onTooltip(id),
    onBlur: hideTooltip,
    onMouseEnter: () => props.onTooltip(id),
    onMouseLeave: hideTooltip,
  });
  const { setMarkRef, onKeyDown } = useRovingFocus<SVGGElement>(events.length, currentIndex, step, hideTooltip);
  // Vertical positions are laid out below the top margin.
  const y = (pixels: number) => em(margin.top + pixels);
  const axisTicks = yearTicks.map((tick) => ({
    key: tick.year,
    x: tick.x,
    label: tick.labelEvery === null ? null : String(tick.year),
    className: tick.labelEvery === null ? undefined : `timeline-year--${tick.labelEvery}`,
  }));

  return (
    <ChartFrame className="timeline-chart" height={em(height)} title={title} svgRef={props.svgRef}>
      <Axis className="timeline-years" ticks={axisTicks} y1={y(0)} y2={y(band.bottom)} labelY={y(band.bottom + 18)} />
      <TimelineLanes lanes={lanes} y={y} />
      {branches.map((branch) => (
        <g
          key={branch.id}
          className={`timeline-branch timeline-branch--${branch.role}`}
          role="img"
          tabIndex={0}
          aria-label={branchNames.get(branch.id) ?? branch.id}
          {...tooltipOf(branch.id)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') hideTooltip();
          }}
        >
          <svg
            width="100%"
            height={em(height)}
            viewBox={`0 ${-margin.top} ${PATH_WIDTH} ${height}`}
            preserveAspectRatio="none"
            overflow="visible"
          >
            <path className="timeline-branch__hit" d={branch.path} vectorEffect="non-scaling-stroke" />
            <path className="timeline-branch__line" d={branch.path} vectorEffect="non-scaling-stroke" />
          </svg>
        </g>
      ))}
      <TimelineMembershipBand band={band} points={points} gaps={layout.gaps} pointTitles={pointTitles} y={y} />
      <g className="timeline-events" onKeyDown={onKeyDown}>
        {marks.map((mark) => {
          const inside = currentIndex - mark.first;
          const current = inside >= 0 && inside < mark.count;
          const members = events.slice(mark.first, mark.first + mark.count);
          const cluster = `${formatCount(mark.count)} events in ${mark.year}`;
          const name =
            mark.count === 1
              ? eventNames.get(mark.id)
              : current
                ? `${cluster}; now ${formatCount(inside + 1)} of ${formatCount(mark.count)}: ${eventNames.get(members[inside]?.id ?? '')}`
                : `${cluster}, from ${members[0]?.label} to ${members.at(-1)?.label}`;
          const r = current ? 7 : 5;
          const dx = (mark.count > 1 ? 11 : 8) * (mark.anchor === 'start' ? 1 : -1);
          return (
            <g
              key={mark.id}
              // A cluster's events are all reached through its one marker: the arrow keys step
              // through them one by one while the focus stays here.
              ref={(element) => {
                for (let index = mark.first; index < mark.first + mark.count; index += 1) setMarkRef(index)(element);
              }}
              className={[
                'timeline-event',
                mark.count > 1 && 'timeline-cluster',
                current && 'is-current',
                members.some((event) => highlighted.has(event.id)) && 'is-highlighted',
              ]
                .filter(Boolean)
                .join(' ')}
              role="img"
              aria-label={name ?? mark.label}
              tabIndex={current ? 0 : -1}
              // Focus alone never steps (nor writes `step=`): only the tabbable current event takes
              // Tab, and a click or an arrow key steps before it moves the focus.
              {...tooltipOf(mark.id)}
              // A click opens a cluster at its first event, then walks on through it.
              onClick={() => step(mark.first + (current ? (inside + 1) % mark.count : 0))}
            >
              <line
                className="timeline-event__leader"
                x1={percent(mark.x)}
                x2={percent(mark.x)}
                y1={y(mark.y + 6)}
                y2={y(lanesBottom)}
              />
              {mark.count > 1 && (
                <circle className="timeline-event__stack" cx={percent(mark.x)} cy={y(mark.y)} r={em(r + 3)} />
              )}
              <circle cx={percent(mark.x)} cy={y(mark.y)} r={em(r)} />
              <text x={percent(mark.x)} dx={em(dx)} y={y(mark.y)} dy="0.35em" textAnchor={mark.anchor}>
                <Text svg>{mark.label}</Text>
              </text>
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
});
