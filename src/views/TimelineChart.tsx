import { memo, type ReactNode } from 'react';
import { BASE_FONT_SIZE, em, percent } from '@/charts/svgUnits';
import { useRovingFocus } from '@/charts/useRovingFocus';
import { PATH_WIDTH, type TimelineLayout } from '@/derive/layoutTimeline';
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
  onStep: (index: number) => void;
  onTooltip: (id: string | null) => void;
}

/**
 * The timeline's SVG: years, events in label rows, lanes, the fork's two branches, membership
 * figures. The browser sizes it: times are percentages of the axis's width and everything tied to
 * text is in em (see svgUnits), so the prerendered picture is right at any width. Curves are drawn
 * in a box stretched to that width, with strokes that keep their width.
 */
export const TimelineChart = memo(function TimelineChart(props: TimelineChartProps) {
  const { layout, title, eventNames, branchNames, pointLabels, currentIndex, highlighted, tooltipId, tooltipFor } = props;
  const { height, margin, yearTicks, events, lanes, branches, band, points, lanesBottom } = layout;
  const { setMarkRef, onKeyDown } = useRovingFocus<SVGGElement>(events.length, currentIndex, props.onStep, () =>
    props.onTooltip(null),
  );
  // Vertical positions are laid out below the top margin.
  const y = (pixels: number) => em(margin.top + pixels);
  const nearEnd = 1 - 30 / layout.minWidth;

  return (
    <svg className="timeline-chart" height={em(height)} role="group">
      <title>{title}</title>
      <g className="timeline-years" aria-hidden="true">
        {yearTicks.map((tick) => (
          <g key={tick.year} className={tick.labelEvery === null ? undefined : `timeline-year--${tick.labelEvery}`}>
            <line x1={percent(tick.x)} x2={percent(tick.x)} y1={y(0)} y2={y(band.bottom)} />
            {tick.labelEvery !== null && (
              <text x={percent(tick.x)} y={y(band.bottom + 18)} textAnchor="middle">
                {tick.year}
              </text>
            )}
          </g>
        ))}
      </g>
      <g className="timeline-lanes">
        {lanes.map((lane) => (
          <g key={lane.id} className={`timeline-lane timeline-lane--${lane.id.replaceAll(':', '-')}`} aria-hidden="true">
            <line x1={percent(lane.x1)} x2={percent(lane.x2)} y1={y(lane.y)} y2={y(lane.y)} />
            {lane.openStart && (
              <Glyph x={lane.x1} y={y(lane.y)}>
                <path d="M0,0 l8,-5 M0,0 l8,5" />
              </Glyph>
            )}
            {!lane.openEnd && (
              <line className="timeline-lane__end" x1={percent(lane.x2)} x2={percent(lane.x2)} y1={y(lane.y - 6)} y2={y(lane.y + 6)} />
            )}
            <text x={percent(lane.x1)} dx={em(4)} y={y(lane.y - 7)}>
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
      <g className="timeline-band" aria-hidden="true">
        <text x="0" y={y(band.top + 4)} className="timeline-band__label">
          Members (known figures only)
        </text>
        {points.slice(1).map((point, index) => {
          const previous = points[index];
          return previous === undefined ? null : (
            <line
              key={point.id}
              className="timeline-gap"
              x1={percent(previous.x)}
              y1={y(previous.y)}
              x2={percent(point.x)}
              y2={y(point.y)}
            />
          );
        })}
        {points.map((point) => (
          <g key={point.id} className="timeline-point">
            <title>{pointLabels.get(point.id)?.title}</title>
            <circle cx={percent(point.x)} cy={y(point.y)} r={em(4.5)} />
            <text x={percent(point.x)} y={y(point.y - 9)} textAnchor={point.x > nearEnd ? 'end' : 'middle'}>
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
              // Focus alone never steps (nor writes `step=`): only the tabbable current event takes
              // Tab, and a click or an arrow key steps before it moves the focus.
              onFocus={() => props.onTooltip(event.id)}
              onBlur={() => props.onTooltip(null)}
              onMouseEnter={() => props.onTooltip(event.id)}
              onMouseLeave={() => props.onTooltip(null)}
              onClick={() => props.onStep(index)}
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
    </svg>
  );
});

/** A small mark drawn in pixels at the base font size, placed at a fraction of the axis's width. */
function Glyph({ x, y, children }: { x: number; y: string; children: ReactNode }) {
  return (
    <svg x={percent(x)} y={y} width="1em" height="1em" viewBox={`0 0 ${BASE_FONT_SIZE} ${BASE_FONT_SIZE}`} overflow="visible">
      {children}
    </svg>
  );
}
