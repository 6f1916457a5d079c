import { describe, expect, it } from 'vitest';
import { createDerivedDataset } from '@/dataset/createDerivedDataset';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import { estimateTextWidth } from '@/derive/estimateTextWidth';
import { layoutTimeline, type Box } from '@/derive/layoutTimeline';
import { createTimelineInput } from '@/views/timeline/createTimelineInput';

// The embedded dataset's lanes, by their ids in its `timeline`.
const STAYS_LANE = 'kokko-roren-in-zenroren';
const TRUNK_LANE = 'kokko-roren-in-sohyo';
const LEAVES_LANE = 'kokko-soren';

function layoutOfDataset() {
  if (!embeddedDataset.ok) throw new Error('embedded dataset refused');
  return layoutTimeline(createTimelineInput(createDerivedDataset(embeddedDataset.dataset)));
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutTimeline on the embedded dataset', () => {
  it('maps dates to x across 1975–2019', () => {
    const layout = layoutOfDataset();
    expect(layout.xScale(Date.UTC(1975, 0, 1))).toBe(0);
    expect(layout.xScale(Date.UTC(2020, 0, 1))).toBe(1);
    const founding = layout.events.find((event) => event.id === 'founding');
    expect(founding?.x).toBeCloseTo(layout.xScale(Date.UTC(1975, 9, 1)), 6);
    expect(layout.yearTicks.map((tick) => tick.year)).toEqual(Array.from({ length: 46 }, (_, i) => 1975 + i));
  });

  it('gives each organisation a lane with its own dates, Sohyo ending on 21 November 1989', () => {
    const layout = layoutOfDataset();
    const lane = (id: string) => layout.lanes.find((l) => l.id === id);
    expect(layout.lanes.map((l) => l.id)).toEqual(['sohyo', 'zenroren', STAYS_LANE, TRUNK_LANE, LEAVES_LANE, 'rengo']);
    expect(lane('sohyo')?.openStart).toBe(true);
    expect(lane('sohyo')?.x2).toBeCloseTo(layout.xScale(Date.UTC(1989, 10, 21)), 6);
    expect(lane('zenroren')?.x1).toBeCloseTo(layout.xScale(Date.UTC(1989, 10, 21)), 6);
    expect(lane('rengo')?.x1).toBeCloseTo(layout.xScale(Date.UTC(1989, 10, 21)), 6);
    expect(lane(TRUNK_LANE)?.x1).toBeCloseTo(layout.xScale(Date.UTC(1975, 9, 1)), 6);
    expect(lane(STAYS_LANE)?.openEnd).toBe(true);
    expect(lane(LEAVES_LANE)?.x2).toBeCloseTo(layout.xScale(Date.UTC(2011, 0, 1)), 6);
  });

  it('starts the two branches on the trunk at the 1989 dates and ends them on the right lanes', () => {
    const layout = layoutOfDataset();
    const trunkY = layout.lanes.find((l) => l.id === TRUNK_LANE)?.y;
    const stays = layout.branches.find((b) => b.id === STAYS_LANE);
    const leaves = layout.branches.find((b) => b.id === LEAVES_LANE);
    expect(stays?.start).toEqual({ x: layout.xScale(Date.UTC(1989, 10, 21)), y: trunkY });
    expect(leaves?.start).toEqual({ x: layout.xScale(Date.UTC(1989, 9, 20)), y: trunkY });
    expect(stays?.end.y).toBe(layout.lanes.find((l) => l.id === STAYS_LANE)?.y);
    expect(leaves?.end.y).toBe(layout.lanes.find((l) => l.id === LEAVES_LANE)?.y);
    expect(stays?.end.y).toBeLessThan(trunkY ?? 0);
    expect(leaves?.end.y).toBeGreaterThan(trunkY ?? 0);
    // A curve (d3-shape's link), not a straight segment.
    expect(stays?.path).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  // Labels are packed at the narrowest axis; on a wider one each moves with its marker.
  it.each([1, 1.4, 2.7])('never lets two event labels overlap on an axis %f times the narrowest', (factor) => {
    const { marks: events, minWidth } = layoutOfDataset();
    const boxAt = (event: (typeof events)[number]) => ({
      ...event.labelBox,
      x: event.labelBox.x + event.x * minWidth * (factor - 1),
    });
    // Ten events, none of them gathered: no year of the embedded dataset has more than five.
    expect(events).toHaveLength(10);
    for (const [i, a] of events.entries()) {
      for (const b of events.slice(i + 1)) {
        expect(overlaps(boxAt(a), boxAt(b)), `${a.id} and ${b.id} overlap`).toBe(false);
      }
      expect(boxAt(a).x).toBeGreaterThanOrEqual(-8);
      expect(boxAt(a).x + boxAt(a).width).toBeLessThanOrEqual(minWidth * factor + 8);
    }
  });

  // Each marker's stem runs down from its row through every row below: no label's text lies across one.
  it('lays no label across a stem, though 1987, 1988 and 1989 crowd together', () => {
    const layoutOf = layoutOfDataset;
    const { marks, minWidth } = layoutOf();
    for (const mark of marks) {
      const stem = mark.x * minWidth;
      for (const other of marks.filter((candidate) => candidate.row < mark.row)) {
        // The text starts past the ring the box includes, on the side it reads to.
        const ring = other.count > 1 ? 9 : 6;
        const [from, to] =
          other.anchor === 'start'
            ? [other.labelBox.x + 2 * ring, other.labelBox.x + other.labelBox.width]
            : [other.labelBox.x, other.labelBox.x + other.labelBox.width - 2 * ring];
        expect(stem > from && stem < to, `${mark.id}'s stem crosses ${other.id}'s label`).toBe(false);
      }
    }
  });

  it('puts the membership figures on the same time axis, each labelled with its basis', () => {
    const layout = layoutOfDataset();
    expect(layout.points.map((p) => p.label)).toEqual([
      '87,112',
      '138,503',
      '141,152 incl. observers',
      '75,039 excl. observers, derived',
      '72,178 excl. observers',
      'about 89,900 incl. observers',
      '60,454',
    ]);
    expect(layout.points[0]?.x).toBeCloseTo(layout.xScale(Date.UTC(1975, 9, 1)), 6);
    expect(layout.points[2]?.y).toBeLessThan(layout.points[4]?.y ?? 0);
    // Only figures counted the same way are joined: 1993 to 2013 with observers, 2012 to 2013 without.
    expect(layout.gaps.map(({ from, to }) => [from.label, to.label])).toEqual([
      ['141,152 incl. observers', 'about 89,900 incl. observers'],
      ['75,039 excl. observers, derived', '72,178 excl. observers'],
    ]);
    for (const point of layout.points) {
      expect(point.y).toBeGreaterThanOrEqual(layout.band.top);
      expect(point.y).toBeLessThanOrEqual(layout.band.bottom);
    }
  });
});

describe('layoutTimeline on spans and names of any length', () => {
  const yearStart = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
  const bare = { lanes: [], branches: [], events: [], points: [] };
  const labelled = (layout: ReturnType<typeof layoutTimeline>) =>
    layout.yearTicks.filter((tick) => tick.labelEvery === 10);

  it('labels every twentieth year, and the tenth between on wide axes, across 1940–2029', () => {
    const layout = layoutTimeline({ ...bare, domain: [yearStart(1940), yearStart(2030)] });
    expect(layout.yearTicks).toHaveLength(91);
    expect(labelled(layout).map((tick) => tick.year)).toEqual([1940, 1960, 1980, 2000, 2020]);
    expect(layout.yearTicks.filter((tick) => tick.labelEvery === 5).map((tick) => tick.year)).toEqual([
      1950, 1970, 1990, 2010, 2030,
    ]);
  });

  it('keeps at most 100 ticks, and labels 100 px apart at the narrowest width, from year 1 to 9999', () => {
    const layout = layoutTimeline({ ...bare, domain: [yearStart(1), yearStart(10000)] });
    expect(layout.yearTicks.length).toBeLessThanOrEqual(100);
    const xs = labelled(layout).map((tick) => tick.x * layout.minWidth);
    expect(xs.length).toBeGreaterThan(2);
    for (const [i, x] of xs.slice(1).entries()) expect(x - (xs[i] ?? 0)).toBeGreaterThanOrEqual(100);
    expect(layout.yearTicks[0]?.x).toBeGreaterThanOrEqual(0);
  });

  it('places ticks of years before 100 at those years', () => {
    const layout = layoutTimeline({ ...bare, domain: [yearStart(40), yearStart(80)] });
    expect(layout.yearTicks[0]).toMatchObject({ year: 40, x: 0, labelEvery: 10 });
    expect(layout.yearTicks.at(-1)).toMatchObject({ year: 80, x: 1 });
  });

  it('cuts a lane’s label with an ellipsis where it would run past the axis, keeping the whole label', () => {
    const label = 'Federation of Very Long Names · in Somewhere';
    const lane = (id: string, from: number) => ({ id, label, role: 'context', disputed: false, from, to: null });
    const layout = layoutTimeline({
      ...bare,
      domain: [yearStart(1940), yearStart(2030)],
      lanes: [lane('early', yearStart(1941)), lane('late', yearStart(2020))],
    });
    const [early, late] = layout.lanes;
    expect(early?.shortLabel).toBe(label);
    expect(late?.label).toBe(label);
    expect(late?.shortLabel).toMatch(/^Fed.*…$/);
    const room = (1 - (late?.x1 ?? 0)) * layout.minWidth;
    expect(estimateTextWidth(late?.shortLabel ?? '') * 1.08 + 8).toBeLessThanOrEqual(room);
  });
});

describe('layoutTimeline with a crowded year', () => {
  const at = (year: number, month: number) => Date.UTC(year, month, 1);
  const eventsIn = (year: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `${year}-${i}`, time: at(year, i % 12), label: `Event ${i}` }));
  const layoutOf = (events: ReturnType<typeof eventsIn>) =>
    layoutTimeline({ domain: [at(1960, 0), at(1980, 0)], lanes: [], branches: [], events, points: [] });

  it('gathers a year of more than five events into one marker, "+6 in 1968", keeping each event in order', () => {
    const layout = layoutOf([...eventsIn(1965, 1), ...eventsIn(1968, 6), ...eventsIn(1970, 5)]);
    expect(layout.marks.map(({ id, first, count, label }) => ({ id, first, count, label }))).toEqual([
      { id: '1965-0', first: 0, count: 1, label: 'Event 0' },
      { id: 'cluster-1968', first: 1, count: 6, label: '+6 in 1968' },
      ...Array.from({ length: 5 }, (_, i) => ({ id: `1970-${i}`, first: 7 + i, count: 1, label: `Event ${i}` })),
    ]);
    expect(layout.events.map((event) => event.mark)).toEqual([
      '1965-0',
      ...Array<string>(6).fill('cluster-1968'),
      ...Array.from({ length: 5 }, (_, i) => `1970-${i}`),
    ]);
    // The five events of 1970 keep their own markers, in rows clear of each other.
    for (const [i, a] of layout.marks.entries()) {
      for (const b of layout.marks.slice(i + 1)) expect(overlaps(a.labelBox, b.labelBox)).toBe(false);
    }
  });

  it('takes one label row for thirty events in a year, not thirty', () => {
    expect(layoutOf(eventsIn(1968, 30)).marks.map((mark) => mark.row)).toEqual([0]);
  });

  it('cuts a label wider than its room with an ellipsis', () => {
    const layout = layoutOf([{ id: 'long', time: at(1965, 0), label: 'A label '.repeat(20) }]);
    const [mark] = layout.marks;
    expect(mark?.label.endsWith('…')).toBe(true);
    expect(estimateTextWidth(mark?.label ?? '')).toBeLessThanOrEqual(220);
    expect(layout.events[0]?.label).toBe('A label '.repeat(20));
  });
});
