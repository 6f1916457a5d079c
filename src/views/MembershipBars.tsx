import { memo, useId } from 'react';
import { useRovingFocus } from '@/charts/useRovingFocus';
import type { BarLayout, PlacedBar } from '@/derive/layoutBars';

interface MembershipBarsProps {
  layout: BarLayout;
  title: string;
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  /** Accessible name of one bar: "Zenrodo: 19,769 members". */
  describeBar: (bar: PlacedBar) => string;
  highlight: string | null;
  filteredOut: ReadonlySet<string>;
  /** The bar that takes Tab focus (roving tabindex). */
  activeIndex: number;
  tooltipId: string | null;
  /** Drawn this many times larger than laid out (the present theme), text and marks alike. */
  zoom: number;
  onActiveChange: (index: number) => void;
  onBarEnter: (key: string) => void;
  onBarLeave: () => void;
  onBarPress: (key: string) => void;
}

/**
 * The bars, drawn by React from an already computed layout (D3 did the math): gridlines from the
 * scale's ticks, one focusable mark per union, and a hatched slot for an unknown value.
 */
export const MembershipBars = memo(function MembershipBars(props: MembershipBarsProps) {
  const { layout, title, formatValue, formatTick, describeBar, highlight, filteredOut, activeIndex, tooltipId, zoom } = props;
  const { width, height, margin, innerHeight, xScale, ticks, bars } = layout;
  const patternId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { setMarkRef, onKeyDown } = useRovingFocus<SVGGElement>(bars.length, activeIndex, props.onActiveChange, props.onBarLeave);

  return (
    <svg className="bar-chart" width={width * zoom} height={height * zoom} viewBox={`0 0 ${width} ${height}`} role="group">
      <title>{title}</title>
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="bar-unknown__hatch" strokeWidth="2" />
        </pattern>
      </defs>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <g className="bar-grid" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick} transform={`translate(${Math.round(xScale(tick) * 100) / 100},0)`}>
              <line y1={-6} y2={innerHeight} />
              <text y={-10} textAnchor="middle">
                {formatTick(tick)}
              </text>
            </g>
          ))}
        </g>
        <g onKeyDown={onKeyDown}>
          {bars.map((bar, index) => {
            const classes = ['bar', bar.key === highlight && 'is-highlighted', filteredOut.has(bar.key) && 'is-filtered-out'];
            const labelY = bar.y + bar.height / 2;
            return (
              <g
                key={bar.key}
                ref={setMarkRef(index)}
                role="img"
                aria-label={describeBar(bar)}
                aria-describedby={tooltipId !== null && index === activeIndex ? tooltipId : undefined}
                tabIndex={index === activeIndex ? 0 : -1}
                className={classes.filter(Boolean).join(' ')}
                onFocus={() => {
                  props.onActiveChange(index);
                  props.onBarEnter(bar.key);
                }}
                onBlur={props.onBarLeave}
                onMouseEnter={() => props.onBarEnter(bar.key)}
                onMouseLeave={props.onBarLeave}
                onClick={() => props.onBarPress(bar.key)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    props.onBarPress(bar.key);
                  }
                }}
              >
                {/* A full-width hit area: thin bars are still easy to point at. */}
                <rect className="bar__hit" x={-margin.left} y={bar.y - 2} width={width} height={bar.height + 4} />
                <text className="bar__label" x={-8} y={labelY} dy="0.35em" textAnchor="end">
                  {bar.label}
                </text>
                {bar.length === null ? (
                  <>
                    <rect className="bar-unknown" x={0} y={bar.y} width={44} height={bar.height} fill={`url(#${patternId})`} />
                    <text className="bar__value" x={52} y={labelY} dy="0.35em">
                      unknown
                    </text>
                  </>
                ) : (
                  <>
                    <rect className="bar__mark" x={0} y={bar.y} width={Math.max(bar.length, 1)} height={bar.height} />
                    <text className="bar__value" x={bar.length + 6} y={labelY} dy="0.35em">
                      {bar.value === null ? '' : formatValue(bar.value)}
                    </text>
                  </>
                )}
              </g>
            );
          })}
        </g>
      </g>
    </svg>
  );
});
