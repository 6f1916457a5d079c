import { em, percent } from '@/charts/svgUnits';
import type { PlacedPoint, TimelineLayout } from '@/derive/layoutTimeline';

interface TimelineMembershipBandProps {
  band: TimelineLayout['band'];
  points: TimelineLayout['points'];
  gaps: TimelineLayout['gaps'];
  /** Each figure's title (date, figure, basis and note), by point id. */
  pointTitles: ReadonlyMap<string, string>;
  /** A vertical position in pixels below the top margin, as an SVG length. */
  y: (pixels: number) => string;
}

/** A figure's mark by its basis, centred on 0,0 in pixels at the base font size: colour is never the only sign. */
const SHAPES: Record<PlacedPoint['basis'], string> = {
  'not-stated': 'M-4.5,0a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0Z',
  'observers-included': 'M-4,-4h8v8h-8Z',
  'observers-excluded': 'M0,-5.5L5.5,0L0,5.5L-5.5,0Z',
};

/**
 * The membership figures on the timeline's axis, each marked by its basis (circle: not stated,
 * square: observer unions included, diamond: excluded; hollow where derived), dotted lines joining
 * only figures of the same basis, which claim nothing in between.
 */
export function TimelineMembershipBand({ band, points, gaps, pointTitles, y }: TimelineMembershipBandProps) {
  return (
    <g className="timeline-band" aria-hidden="true">
      <text x="0" y={y(band.top + 4)} className="timeline-band__label">
        {band.title}
      </text>
      {gaps.map(({ id, from, to }) => (
        <line key={id} className="timeline-gap" x1={percent(from.x)} y1={y(from.y)} x2={percent(to.x)} y2={y(to.y)} />
      ))}
      {points.map((point) => (
        <g
          key={point.id}
          className={`timeline-point timeline-point--${point.basis}${point.derived ? ' is-derived' : ''}`}
        >
          <title>{pointTitles.get(point.id)}</title>
          {/* A box 1em (13 px at the base size) at the point, its shape drawn in those pixels around it. */}
          <svg
            x={percent(point.x)}
            y={y(point.y)}
            width={em(13)}
            height={em(13)}
            viewBox="0 0 13 13"
            overflow="visible"
          >
            <path d={SHAPES[point.basis]} />
          </svg>
          <text x={percent(point.x)} y={y(point.labelY)} textAnchor={point.labelAnchor}>
            {point.label}
          </text>
        </g>
      ))}
    </g>
  );
}
