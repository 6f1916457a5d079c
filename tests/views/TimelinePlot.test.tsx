import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDerivedDataset } from '@/dataset/createDerivedDataset';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import { layoutTimeline } from '@/derive/layoutTimeline';
import { createTimelineInput } from '@/views/timeline/createTimelineInput';
import { TimelinePlot } from '@/views/timeline/TimelinePlot';
import { resolveSvgLength } from './resolveSvgLength';

if (!embeddedDataset.ok) throw new Error('embedded dataset refused');
const layout = layoutTimeline(createTimelineInput(createDerivedDataset(embeddedDataset.dataset)));
const noop = () => undefined;

/** Draws the timeline as a frame `width` px wide would, with the tooltip on `tooltipFor`. */
function drawAt(width: number, tooltipFor: string | null = null) {
  const view = render(
    <TimelinePlot
      width={width}
      layout={layout}
      title="Timeline"
      eventNames={new Map()}
      branchNames={new Map()}
      pointTitles={new Map()}
      currentIndex={0}
      highlighted={new Set()}
      tooltipFor={tooltipFor}
      tooltip={tooltipFor === null ? null : { id: 'tip', content: tooltipFor }}
      onStepChange={noop}
      onTooltip={noop}
    />,
  );
  const svg = view.container.querySelector('svg[role="group"]');
  if (svg === null) throw new Error('no chart');
  return { view, svg };
}

describe('the timeline at 320, 768 and 1280 px', () => {
  it('scrolls sideways, reachable by keyboard, only where the frame is narrower than the chart’s least width', () => {
    const { view } = drawAt(320);
    expect(screen.getByRole('group', { name: 'Timeline, scrolls sideways' })).toHaveAttribute('tabindex', '0');
    view.unmount();
    for (const width of [768, 1280]) {
      const wide = drawAt(width);
      expect(screen.queryByRole('group', { name: 'Timeline, scrolls sideways' })).toBeNull();
      expect(wide.view.container.querySelector('.timeline-scroll')).not.toHaveAttribute('tabindex');
      wide.view.unmount();
    }
  });

  it.each([320, 768, 1280])('at %i px keeps every mark on the axis and inside the chart’s height', (width) => {
    const { svg, view } = drawAt(width);
    const height = resolveSvgLength(svg.getAttribute('height'), 0);
    // The axis is the frame's width, or the least width the labels were packed for (then it scrolls).
    const axisWidth = Math.max(width, layout.minWidth);
    for (const element of svg.querySelectorAll('line, circle, text')) {
      for (const name of ['x', 'x1', 'x2', 'cx']) {
        const x = element.getAttribute(name);
        if (x === null) continue;
        expect(resolveSvgLength(x, axisWidth)).toBeGreaterThanOrEqual(0);
        expect(resolveSvgLength(x, axisWidth)).toBeLessThanOrEqual(axisWidth);
      }
      for (const name of ['y', 'y1', 'y2', 'cy']) {
        const y = element.getAttribute(name);
        if (y === null || element.closest('svg') !== svg) continue;
        expect(resolveSvgLength(y, height)).toBeGreaterThanOrEqual(0);
        expect(resolveSvgLength(y, height)).toBeLessThanOrEqual(height);
      }
    }
    view.unmount();
  });

  it.each([320, 768, 1280])('at %i px points the tooltip at its event, inside the drawn axis', (width) => {
    const axisWidth = Math.max(width, layout.minWidth);
    for (const event of [layout.events[0], layout.events.at(-1)]) {
      if (event === undefined) throw new Error('no events');
      const { view } = drawAt(width, event.id);
      const tooltip = screen.getByRole('tooltip');
      const left = Number.parseFloat(tooltip.style.left);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + Number.parseFloat(tooltip.style.width)).toBeLessThanOrEqual(axisWidth);
      if (event.x * axisWidth + 12 + 248 <= axisWidth) expect(left).toBeCloseTo(event.x * axisWidth + 12, 0);
      view.unmount();
    }
  });
});
