import { memo, useId, type RefObject } from 'react';
import { Axis } from '@/charts/Axis';
import { ChartFrame } from '@/charts/ChartFrame';
import { em, percent } from '@/charts/svgUnits';
import { useRovingFocus } from '@/charts/useRovingFocus';
import type { BarLayout, PlacedBar } from '@/derive/layoutBars';
import { MembershipBarMarks } from './MembershipBarMarks';

export interface MembershipBarsProps {
  layout: BarLayout;
  title: string;
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  /** Accessible name of one bar: "<abbreviation>: 19,769 members". */
  describeBar: (bar: PlacedBar) => string;
  highlight: string | null;
  filteredOut: ReadonlySet<string>;
  /** The bar that takes Tab focus (roving tabindex). */
  activeIndex: number;
  tooltipId: string | null;
  /** The least height, in pixels at the base font size, when the chart is stretched to fill a frame. */
  minHeight: number;
  onActiveChange: (index: number) => void;
  onBarEnter: (key: string) => void;
  onBarLeave: () => void;
  onBarPress: (key: string) => void;
  /** The chart's hold on its SVG. */
  svgRef?: RefObject<SVGSVGElement | null>;
}

/**
 * The bars, drawn by React from an already computed layout (D3 did the math): gridlines from the
 * scale's ticks, one focusable mark per union, and a hatched slot for an unknown value. The
 * browser sizes it: the plot takes the frame's width (positions are percentages of it), the
 * labels sit in a gutter of their own width to its left, and the rows are percentages of its
 * height, so the same markup is right at any width and when an embed stretches it to fill a frame.
 */
export const MembershipBars = memo(function MembershipBars(props: MembershipBarsProps) {
  const {
    layout,
    title,
    formatValue,
    formatTick,
    describeBar,
    highlight,
    filteredOut,
    activeIndex,
    tooltipId,
    minHeight,
  } = props;
  const { height, margin, innerHeight, ticks, bars } = layout;
  const patternId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { setMarkRef, onKeyDown } = useRovingFocus<SVGGElement>(
    bars.length,
    activeIndex,
    props.onActiveChange,
    props.onBarLeave,
  );
  const y = (pixels: number) => percent(pixels / height);
  const axisTicks = ticks.map((tick) => ({
    key: tick.value,
    x: tick.x,
    label: formatTick(tick.value),
    className: tick.densities.map((density) => `bar-tick--${density}`).join(' '),
  }));

  return (
    <div className="bar-chart-frame" data-export-frame>
      {/* Holds the labels' room, and the least height a stretched chart keeps. */}
      <svg
        className="bar-chart__gutter"
        aria-hidden="true"
        focusable="false"
        width={em(margin.left)}
        height={em(minHeight)}
      />
      <div className="bar-chart-plot">
        <ChartFrame className="bar-chart" height={em(height)} title={title} svgRef={props.svgRef}>
          <defs>
            <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" className="bar-unknown__hatch" strokeWidth="2" />
            </pattern>
          </defs>
          <Axis
            className="bar-grid"
            ticks={axisTicks}
            y1={y(margin.top - 6)}
            y2={y(margin.top + innerHeight)}
            labelY={y(margin.top - 10)}
          />
          <g onKeyDown={onKeyDown}>
            {bars.map((bar, index) => {
              const classes = [
                'bar',
                bar.key === highlight && 'is-highlighted',
                filteredOut.has(bar.key) && 'is-filtered-out',
              ];
              const top = margin.top + bar.y;
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
                  <MembershipBarMarks
                    bar={bar}
                    top={top}
                    gutter={margin.left}
                    y={y}
                    patternId={patternId}
                    formatValue={formatValue}
                  />
                </g>
              );
            })}
          </g>
        </ChartFrame>
      </div>
      {/* The value labels' room after the longest bar. */}
      <svg className="bar-chart__gutter" aria-hidden="true" focusable="false" width={em(margin.right)} height="0" />
    </div>
  );
});
