import { memo, type RefObject } from 'react';
import { Axis } from '@/charts/Axis';
import { ChartFrame } from '@/charts/ChartFrame';
import { em } from '@/charts/svgUnits';
import { useRovingFocus } from '@/charts/useRovingFocus';
import { PATH_WIDTH, type TimelineLayout } from '@/derive/layoutTimeline';
import { formatCount } from '@/derive/format';
import { EventMark } from './EventMark';
import { TimelineLanes } from './TimelineLanes';
import { TimelineMembershipBand } from './TimelineMembershipBand';

export interface TimelineChartProps {
  layout: TimelineLayout;
  title: string;
  /** Accessible name of each event marker, by event id. */
  eventNames: ReadonlyMap<string, string>;
  /** Accessible name of each fork branch, by branch id. */
  branchNames: ReadonlyMap<string, string>;
  pointLabels: ReadonlyMap<string, { value: string; title: string }>;
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
const markClass = (current: boolean, highlighted: boolean) =>
  ['timeline-event', current && 'is-current', highlighted && 'is-highlighted'].filter(Boolean).join(' ');

export const TimelineChart = memo(function TimelineChart(props: TimelineChartProps) {
  const { layout, title, eventNames, branchNames, pointLabels, currentIndex, highlighted, tooltipId, tooltipFor } =
    props;
  const { height, margin, yearTicks, events, clusters, lanes, branches, band, points, lanesBottom } = layout;
  const step = (index: number) => {
    const event = events[index];
    if (event !== undefined) props.onStepChange(event.id);
  };
  const hideTooltip = () => props.onTooltip(null);
  const { setMarkRef, onKeyDown } = useRovingFocus<SVGGElement>(events.length, currentIndex, step, hideTooltip);
  // Vertical positions are laid out below the top margin.
  const y = (pixels: number) => em(margin.top + pixels);
  const nearEnd = 1 - 30 / layout.minWidth;
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
          aria-describedby={tooltipFor === branch.id && tooltipId !== null ? tooltipId : undefined}
          onFocus={() => props.onTooltip(branch.id)}
          onBlur={() => props.onTooltip(null)}
          onMouseEnter={() => props.onTooltip(branch.id)}
          onMouseLeave={() => props.onTooltip(null)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onTooltip(null);
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
      <TimelineMembershipBand band={band} points={points} pointLabels={pointLabels} y={y} nearEnd={nearEnd} />
      <g className="timeline-events" onKeyDown={onKeyDown}>
        {events.map((event, index) => {
          if (event.cluster !== null) return null;
          const current = index === currentIndex;
          return (
            <g
              key={event.id}
              ref={setMarkRef(index)}
              className={markClass(current, highlighted.has(event.id))}
              role="img"
              aria-label={eventNames.get(event.id) ?? event.label}
              aria-describedby={tooltipFor === event.id && tooltipId !== null ? tooltipId : undefined}
              tabIndex={current ? 0 : -1}
              // Focus alone never steps (nor writes `step=`): only the tabbable current event takes
              // Tab, and a click or an arrow key steps before it moves the focus.
              onFocus={() => props.onTooltip(event.id)}
              onBlur={hideTooltip}
              onMouseEnter={() => props.onTooltip(event.id)}
              onMouseLeave={hideTooltip}
              onClick={() => props.onStepChange(event.id)}
            >
              <EventMark x={event.x} y={event.y} anchor={event.anchor} current={current} y0={y} bottom={lanesBottom}>
                {event.shortLabel}
              </EventMark>
            </g>
          );
        })}
        {clusters.map((cluster) => {
          const members = events.slice(cluster.first, cluster.first + cluster.count);
          const inside = currentIndex - cluster.first;
          const current = inside >= 0 && inside < cluster.count;
          const name = `${formatCount(cluster.count)} events in ${cluster.year}`;
          return (
            <g
              key={cluster.id}
              // Every event of the cluster is reached through its one marker: the arrow keys step
              // through them one by one while the focus stays here.
              ref={(element) => {
                for (let index = cluster.first; index < cluster.first + cluster.count; index += 1) {
                  setMarkRef(index)(element);
                }
              }}
              className={`${markClass(
                current,
                members.some((event) => highlighted.has(event.id)),
              )} timeline-cluster`}
              role="img"
              aria-label={
                current
                  ? `${name}; now ${formatCount(inside + 1)} of ${formatCount(cluster.count)}: ${eventNames.get(members[inside]?.id ?? '') ?? ''}`
                  : `${name}, from ${members[0]?.label ?? ''} to ${members.at(-1)?.label ?? ''}`
              }
              aria-describedby={tooltipFor === cluster.id && tooltipId !== null ? tooltipId : undefined}
              tabIndex={current ? 0 : -1}
              onFocus={() => props.onTooltip(cluster.id)}
              onBlur={hideTooltip}
              onMouseEnter={() => props.onTooltip(cluster.id)}
              onMouseLeave={hideTooltip}
              // A click opens the cluster at its first event, then walks on through it.
              onClick={() => step(cluster.first + (current ? (inside + 1) % cluster.count : 0))}
            >
              <EventMark
                x={cluster.x}
                y={cluster.y}
                anchor={cluster.anchor}
                current={current}
                y0={y}
                bottom={lanesBottom}
                stacked
              >
                {cluster.label}
              </EventMark>
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
});
