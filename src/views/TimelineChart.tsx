import { memo } from 'react';
import { useRovingFocus } from '@/charts/useRovingFocus';
import type { TimelineLayout } from '@/derive/layoutTimeline';
import { LEAVES_LANE } from './createTimelineInput';

interface TimelineChartProps {
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
  /** Drawn this many times larger than laid out (the present theme). */
  zoom: number;
  onStep: (index: number) => void;
  onTooltip: (id: string | null) => void;
}

/** The timeline's SVG: years, events in label rows, lanes, the fork's two branches, membership figures. */
export const TimelineChart = memo(function TimelineChart(props: TimelineChartProps) {
  const { layout, title, eventNames, branchNames, pointLabels, currentIndex, highlighted, tooltipId, tooltipFor, zoom } = props;
  const { width, height, margin, yearTicks, events, lanes, branches, band, points, lanesBottom } = layout;
  const { setMarkRef, onKeyDown } = useRovingFocus<SVGGElement>(events.length, currentIndex, props.onStep, () =>
    props.onTooltip(null),
  );
  const bandLabelY = band.top + 4;

  return (
    <svg className="timeline-chart" width={width * zoom} height={height * zoom} viewBox={`0 0 ${width} ${height}`} role="group">
      <title>{title}</title>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <g className="timeline-years" aria-hidden="true">
          {yearTicks.map((tick) => (
            <g key={tick.year} transform={`translate(${round(tick.x)},0)`}>
              <line className={tick.labelled ? 'is-major' : undefined} y1={0} y2={band.bottom} />
              {tick.labelled && (
                <text y={band.bottom + 18} textAnchor="middle">
                  {tick.year}
                </text>
              )}
            </g>
          ))}
        </g>
        <g className="timeline-lanes">
          {lanes.map((lane) => (
            <g key={lane.id} className={`timeline-lane timeline-lane--${lane.id.replaceAll(':', '-')}`} aria-hidden="true">
              <line x1={round(lane.x1)} x2={round(lane.x2)} y1={lane.y} y2={lane.y} />
              {lane.openStart && <path d={`M${round(lane.x1)},${lane.y} l8,-5 M${round(lane.x1)},${lane.y} l8,5`} />}
              {!lane.openEnd && <line className="timeline-lane__end" x1={round(lane.x2)} x2={round(lane.x2)} y1={lane.y - 6} y2={lane.y + 6} />}
              <text x={round(lane.x1) + 4} y={lane.y - 7}>
                {lane.label}
              </text>
            </g>
          ))}
        </g>
        {branches.map((branch) => (
          <g
            key={branch.id}
            className={`timeline-branch${branch.id === LEAVES_LANE ? ' timeline-branch--leaves' : ''}`}
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
            <path className="timeline-branch__hit" d={branch.path} />
            <path className="timeline-branch__line" d={branch.path} />
          </g>
        ))}
        <g className="timeline-band" aria-hidden="true">
          <text x={0} y={bandLabelY} className="timeline-band__label">
            Members (known figures only)
          </text>
          {points.slice(1).map((point, index) => {
            const previous = points[index];
            return previous === undefined ? null : (
              <line key={point.id} className="timeline-gap" x1={round(previous.x)} y1={round(previous.y)} x2={round(point.x)} y2={round(point.y)} />
            );
          })}
          {points.map((point) => (
            <g key={point.id} className="timeline-point" transform={`translate(${round(point.x)},${round(point.y)})`}>
              <title>{pointLabels.get(point.id)?.title}</title>
              <circle r={4.5} />
              <text y={-9} textAnchor={point.x > layout.innerWidth - 30 ? 'end' : 'middle'}>
                {pointLabels.get(point.id)?.value}
              </text>
            </g>
          ))}
        </g>
        <g className="timeline-events" onKeyDown={onKeyDown}>
          {events.map((event, index) => {
            const classes = ['timeline-event', index === currentIndex && 'is-current', highlighted.has(event.id) && 'is-highlighted'];
            return (
              <g
                key={event.id}
                ref={setMarkRef(index)}
                className={classes.filter(Boolean).join(' ')}
                role="img"
                aria-label={eventNames.get(event.id) ?? event.label}
                aria-describedby={tooltipFor === event.id && tooltipId !== null ? tooltipId : undefined}
                tabIndex={index === currentIndex ? 0 : -1}
                onFocus={() => {
                  props.onStep(index);
                  props.onTooltip(event.id);
                }}
                onBlur={() => props.onTooltip(null)}
                onMouseEnter={() => props.onTooltip(event.id)}
                onMouseLeave={() => props.onTooltip(null)}
                onClick={() => props.onStep(index)}
              >
                <line className="timeline-event__leader" x1={round(event.x)} x2={round(event.x)} y1={event.y + 6} y2={lanesBottom} />
                <circle cx={round(event.x)} cy={event.y} r={index === currentIndex ? 7 : 5} />
                <text x={round(event.labelX)} y={event.y} dy="0.35em" textAnchor={event.anchor}>
                  {event.label}
                </text>
              </g>
            );
          })}
        </g>
      </g>
    </svg>
  );
});

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
