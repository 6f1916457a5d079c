import { memo, type RefObject } from 'react';
import { Axis } from '@/charts/Axis';
import { ChartFrame } from '@/charts/ChartFrame';
import { em, percent } from '@/charts/svgUnits';
import { useRovingFocus } from '@/charts/useRovingFocus';
import { PATH_WIDTH, type TimelineLayout } from '@/derive/layoutTimeline';
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
export const TimelineChart = memo(function TimelineChart(props: TimelineChartProps) {
  const { layout, title, eventNames, branchNames, pointLabels, currentIndex, highlighted, tooltipId, tooltipFor } =
    props;
  const { height, margin, yearTicks, events, lanes, branches, band, points, lanesBottom } = layout;
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
          const classes = [
            'timeline-event',
            index === currentIndex && 'is-current',
            highlighted.has(event.id) && 'is-highlighted',
          ];
          return (
            <g
              key={event.id}
              ref={setMarkRef(index)}
              className={classes.filter(Boolean).join(' ')}
              role="img"
              aria-label={eventNames.get(event.id) ?? event.label}
              aria-describedby={tooltipFor === event.id && tooltipId !== null ? tooltipId : undefined}
              tabIndex={index === currentIndex ? 0 : -1}
              // Focus alone never steps (nor writes `step=`): only the tabbable current event takes
              // Tab, and a click or an arrow key steps before it moves the focus.
              onFocus={() => props.onTooltip(event.id)}
              onBlur={() => props.onTooltip(null)}
              onMouseEnter={() => props.onTooltip(event.id)}
              onMouseLeave={() => props.onTooltip(null)}
              onClick={() => props.onStepChange(event.id)}
            >
              <line
                className="timeline-event__leader"
                x1={percent(event.x)}
                x2={percent(event.x)}
                y1={y(event.y + 6)}
                y2={y(lanesBottom)}
              />
              <circle cx={percent(event.x)} cy={y(event.y)} r={em(index === currentIndex ? 7 : 5)} />
              <text
                x={percent(event.x)}
                dx={em(event.anchor === 'start' ? 8 : -8)}
                y={y(event.y)}
                dy="0.35em"
                textAnchor={event.anchor}
              >
                {event.label}
              </text>
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
});
