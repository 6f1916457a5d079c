import { em, percent } from '@/charts/svgUnits';
import type { TimelineLayout } from '@/derive/layoutTimeline';

interface TimelineMembershipBandProps {
  band: TimelineLayout['band'];
  points: TimelineLayout['points'];
  /** Each figure as written, and its title (date, figure and source), by point id. */
  pointLabels: ReadonlyMap<string, { value: string; title: string }>;
  /** A vertical position in pixels below the top margin, as an SVG length. */
  y: (pixels: number) => string;
}

/** The known membership figures on the timeline's axis, joined by dotted lines that claim nothing in between. */
export function TimelineMembershipBand({ band, points, pointLabels, y }: TimelineMembershipBandProps) {
  return (
    <g className="timeline-band" aria-hidden="true">
      <text x="0" y={y(band.top + 4)} className="timeline-band__label">
        {band.title}
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
          <text x={percent(point.x)} y={y(point.labelY)} textAnchor={point.labelAnchor}>
            {pointLabels.get(point.id)?.value}
          </text>
        </g>
      ))}
    </g>
  );
}
