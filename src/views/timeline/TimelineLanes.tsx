import type { ReactNode } from 'react';
import { Text } from '@/charts/Text';
import { BASE_FONT_SIZE, em, percent } from '@/charts/svgUnits';
import type { TimelineLayout } from '@/derive/layoutTimeline';

interface TimelineLanesProps {
  lanes: TimelineLayout['lanes'];
  /** A vertical position in pixels below the top margin, as an SVG length. */
  y: (pixels: number) => string;
}

/** A line per organisation across its years: an arrow where it began before the axis, a bar where it ended. */
export function TimelineLanes({ lanes, y }: TimelineLanesProps) {
  return (
    <g className="timeline-lanes">
      {lanes.map((lane) => (
        <g key={lane.id} className={`timeline-lane timeline-lane--${lane.role}`} aria-hidden="true">
          <line x1={percent(lane.x1)} x2={percent(lane.x2)} y1={y(lane.y)} y2={y(lane.y)} />
          {lane.openStart && (
            <Glyph x={lane.x1} y={y(lane.y)}>
              <path d="M0,0 l8,-5 M0,0 l8,5" />
            </Glyph>
          )}
          {!lane.openEnd && (
            <line
              className="timeline-lane__end"
              x1={percent(lane.x2)}
              x2={percent(lane.x2)}
              y1={y(lane.y - 6)}
              y2={y(lane.y + 6)}
            />
          )}
          <text x={percent(lane.x1)} dx={em(4)} y={y(lane.y - 7)}>
            <Text svg>{lane.shortLabel}</Text>
            {lane.shortLabel !== lane.label && <title>{lane.label}</title>}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A small mark drawn in pixels at the base font size, placed at a fraction of the axis's width. */
function Glyph({ x, y, children }: { x: number; y: string; children: ReactNode }) {
  return (
    <svg
      x={percent(x)}
      y={y}
      width="1em"
      height="1em"
      viewBox={`0 0 ${BASE_FONT_SIZE} ${BASE_FONT_SIZE}`}
      overflow="visible"
    >
      {children}
    </svg>
  );
}
