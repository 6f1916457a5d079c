import { nice } from 'd3-array';
import { estimateTextWidth, truncateToWidth } from './estimateTextWidth';
import { formatCount } from './format';
import { horizontalLink } from './horizontalLink';
import { packEventLabels } from './packEventLabels';
import { linearScale, type LinearScale } from './linearScale';

/** A horizontal lane: an organisation's life. Times are UTC milliseconds. */
export interface LaneInput {
  id: string;
  label: string;
  /** How it is drawn: a role from the data (`context`, `continuing`, `breakaway`). */
  role: string;
  /** The sources disagree about it. */
  disputed: boolean;
  /** null: it began before the axis does. */
  from: number | null;
  /** null: it goes on past the axis. */
  to: number | null;
}

/** A curve leaving one lane at `fromTime` and joining another: one line becoming two. */
export interface BranchInput {
  id: string;
  /** The fork it is part of. */
  forkId: string;
  /** Its lane's role and dispute. */
  role: string;
  disputed: boolean;
  fromLane: string;
  toLane: string;
  fromTime: number;
  toTime: number;
}

export interface EventInput {
  id: string;
  time: number;
  label: string;
}

export interface PointInput {
  id: string;
  time: number;
  value: number;
  /** What the figure counts: figures on different bases are never joined. */
  basis: 'observers-included' | 'observers-excluded' | 'not-stated';
  /** Worked out from other figures, not given by a source. */
  derived: boolean;
  /** A round figure ("about 89,900"). */
  approximate: boolean;
}

export interface TimelineInput {
  /** The axis, in UTC milliseconds. */
  domain: [number, number];
  /** Top to bottom. */
  lanes: LaneInput[];
  branches: BranchInput[];
  events: EventInput[];
  points: PointInput[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/*
 * Horizontal positions (every `x`) are fractions of the axis's width, which the browser decides;
 * vertical ones and label boxes are pixels at the chart's base font size.
 */
export interface PlacedEvent extends EventInput {
  x: number;
  /** The id of the mark it is drawn as. */
  mark: string;
}

/**
 * A marker with its label: one event's (its id is the event's), or a cluster's, for a year with
 * more events than fit side by side ("+30 in 1968"). Its events are `events[first]` to
 * `events[first + count - 1]`, each keeping its place in the keyboard order.
 */
export interface PlacedMark {
  id: string;
  first: number;
  count: number;
  /** The year a cluster gathers; null for an event's own mark. */
  year: number | null;
  /** The event's label cut with an ellipsis past MAX_EVENT_LABEL_WIDTH, or the cluster's count. */
  label: string;
  x: number;
  /** The marker's centre. */
  y: number;
  row: number;
  anchor: 'start' | 'end';
  /** The label's estimated box at the narrowest width, in pixels, for keeping labels apart. */
  labelBox: Box;
}

export interface PlacedLane extends LaneInput {
  /** The label cut with an ellipsis where it would run past the axis's end at the narrowest width. */
  shortLabel: string;
  y: number;
  x1: number;
  x2: number;
  openStart: boolean;
  openEnd: boolean;
}

export interface PlacedBranch extends BranchInput {
  /** The curve, drawn in a box PATH_WIDTH units wide that is stretched to the axis's width. */
  path: string;
  start: { x: number; y: number };
  end: { x: number; y: number };
}

export interface PlacedPoint extends PointInput {
  x: number;
  y: number;
  /** Its figure as written, with its basis: "141,152 incl. observers", "about 89,900 incl. observers". */
  label: string;
  /** Where its figure is written: the baseline (px, like y) and the side of the point it reads from. */
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  height: number;
  margin: { top: number; bottom: number };
  /** The narrowest the axis is drawn, in pixels at the base font size; narrower frames scroll. */
  minWidth: number;
  /** From UTC milliseconds to fractions of the axis's width. */
  xScale: LinearScale;
  /**
   * A tick every year (or every few, on a span of centuries); `labelEvery` is 10 where a label shows
   * on any width, 5 where only wide axes show one (they are named for a span of decades, where
   * labels fall on every tenth and fifth year; a longer span labels every 20th and 10th, and so on).
   */
  yearTicks: Array<{ year: number; x: number; labelEvery: 5 | 10 | null }>;
  /** In time order: the keyboard's order. */
  events: PlacedEvent[];
  marks: PlacedMark[];
  /** Where the event leader lines end: the bottom of the lanes. */
  lanesBottom: number;
  lanes: PlacedLane[];
  branches: PlacedBranch[];
  band: { top: number; bottom: number; yScale: LinearScale; title: string };
  points: PlacedPoint[];
  /**
   * Dotted lines between figures counted the same way (the same stated basis), each from one
   * figure to the next of its basis; figures whose basis is not stated are joined to none.
   */
  gaps: Array<{ id: string; from: PlacedPoint; to: PlacedPoint }>;
}

const ROW_HEIGHT = 20;
const LANE_GAP = 30;
const BAND_HEIGHT = 120;
/** An event's label is cut with an ellipsis past this width (px); its full text is in its name and tooltip. */
export const MAX_EVENT_LABEL_WIDTH = 220;
/** A year with more events than this gathers them into one marker. */
export const MAX_EVENTS_PER_YEAR = 5;
/** Curves are drawn this many units wide and stretched to the axis's width (see PlacedBranch). */
export const PATH_WIDTH = 1000;
/** Labels are packed at the narrowest width, so they stay apart at any wider one. */
const MIN_WIDTH = 688;
const LABEL_GAP = 10;
/** A lane's label starts this many pixels after the lane does, and is set in bold, about this much wider. */
const LANE_LABEL_INSET = 8;
const BOLD_WIDTH = 1.08;
/** A branch needs some run to read as a curve, even where its two dates are days apart. */
const MIN_BRANCH_RUN = 40 / MIN_WIDTH;

/**
 * Places everything the timeline draws: the time axis, event markers with labels packed into
 * rows so no two overlap, the lanes, the branch curves (d3-shape's link), and the membership figures
 * on the same time axis. Pure, so the geometry is tested without a browser.
 */
export function layoutTimeline({ domain, lanes, branches, events, points }: TimelineInput): TimelineLayout {
  const margin = { top: 12, bottom: 32 };
  // A linear scale over UTC milliseconds: the axis shows whole years only (see yearStarts), so a
  // time scale's date formatting (and its bytes) is not needed.
  const xScale = linearScale(domain, [0, 1]);

  const sorted = [...events].sort((a, b) => a.time - b.time);
  const packed = packEventLabels(gatherEvents(sorted, xScale), {
    width: MIN_WIDTH,
    gap: LABEL_GAP,
    rowHeight: ROW_HEIGHT,
  });
  const rowCount = Math.max(1, ...packed.map((mark) => mark.row + 1));
  const lanesTop = rowCount * ROW_HEIGHT + 26;
  const laneY = new Map(lanes.map((lane, index) => [lane.id, lanesTop + index * LANE_GAP]));
  const lanesBottom = lanesTop + Math.max(0, lanes.length - 1) * LANE_GAP + 12;

  const marks = packed.map((mark) => {
    const y = (rowCount - 1 - mark.row) * ROW_HEIGHT + ROW_HEIGHT / 2;
    return { ...mark, y, labelBox: { ...mark.labelBox, y: y - ROW_HEIGHT / 2 + 2 } };
  });
  const placedEvents = marks.flatMap((mark) =>
    sorted
      .slice(mark.first, mark.first + mark.count)
      .map((event) => ({ ...event, x: xScale(event.time), mark: mark.id })),
  );

  const placedBranches = branches.flatMap((branch) => {
    const fromY = laneY.get(branch.fromLane);
    const toY = laneY.get(branch.toLane);
    if (fromY === undefined || toY === undefined) return [];
    const start = { x: xScale(branch.fromTime), y: fromY };
    const end = { x: Math.max(xScale(branch.toTime), start.x + MIN_BRANCH_RUN), y: toY };
    const path = horizontalLink({ x: start.x * PATH_WIDTH, y: start.y }, { x: end.x * PATH_WIDTH, y: end.y });
    return [{ ...branch, path, start, end }];
  });

  const placedLanes = lanes.map((lane) => {
    const joined = placedBranches.filter((branch) => branch.toLane === lane.id).map((branch) => branch.end.x);
    const x1 = Math.max(lane.from === null ? 0 : xScale(lane.from), ...joined);
    return {
      ...lane,
      shortLabel: truncateToWidth(lane.label, ((1 - x1) * MIN_WIDTH - LANE_LABEL_INSET) / BOLD_WIDTH),
      y: laneY.get(lane.id) ?? 0,
      x1,
      x2: lane.to === null ? 1 : Math.max(x1, xScale(lane.to)),
      openStart: lane.from === null,
      openEnd: lane.to === null,
    };
  });

  const bandTop = lanesBottom + 28;
  const bandBottom = bandTop + BAND_HEIGHT;
  const largest = Math.max(1, ...points.map((point) => point.value));
  const yScale = linearScale(nice(0, largest, 10), [bandBottom, bandTop + 18]);
  const placedPoints = points.map((point) => ({ ...point, x: xScale(point.time), y: yScale(point.value) }));
  const placedLabels = placePointLabels(placedPoints, bandTop);

  return {
    height: bandBottom + margin.top + margin.bottom,
    margin,
    minWidth: MIN_WIDTH,
    xScale,
    yearTicks: layoutYearTicks(domain, xScale),
    events: placedEvents,
    marks,
    lanesBottom,
    lanes: placedLanes,
    branches: placedBranches,
    band: { top: bandTop, bottom: bandBottom, yScale, title: BAND_TITLE },
    points: placedLabels,
    gaps: joinLikeFigures(placedLabels),
  };
}

type Mark = Pick<PlacedMark, 'id' | 'first' | 'count' | 'year' | 'label' | 'x'>;

/**
 * The marks for events in time order: one each, or one for a year with more than
 * MAX_EVENTS_PER_YEAR events (30 markers in one year would be a solid column, their labels 30 rows).
 */
function gatherEvents(sorted: readonly EventInput[], xScale: LinearScale): Mark[] {
  const yearOf = (index: number) => new Date(sorted[index]?.time ?? 0).getUTCFullYear();
  const marks: Mark[] = [];
  for (let first = 0; first < sorted.length;) {
    const year = yearOf(first);
    let end = first + 1;
    while (end < sorted.length && yearOf(end) === year) end += 1;
    const count = end - first;
    const x = xScale(sorted[first]?.time ?? 0);
    if (count > MAX_EVENTS_PER_YEAR) {
      marks.push({ id: `cluster-${year}`, first, count, year, label: `+${count} in ${year}`, x });
    } else {
      sorted.slice(first, end).forEach((event, index) => {
        const label = truncateToWidth(event.label, MAX_EVENT_LABEL_WIDTH);
        marks.push({ id: event.id, first: first + index, count: 1, year: null, label, x: xScale(event.time) });
      });
    }
    first = end;
  }
  return marks;
}

const BAND_TITLE = 'Members (known figures only)';

const BASIS_SUFFIX: Record<PointInput['basis'], string> = {
  'observers-included': ' incl. observers',
  'observers-excluded': ' excl. observers',
  'not-stated': '',
};

/** A figure as the band writes it: "about" where it is round, its basis, and "derived" where worked out. */
const labelPoint = (point: PointInput) =>
  `${point.approximate ? 'about ' : ''}${formatCount(point.value)}${BASIS_SUFFIX[point.basis]}${point.derived ? ', derived' : ''}`;

/** Each figure joined to the next one of the same stated basis. */
function joinLikeFigures(points: readonly PlacedPoint[]): TimelineLayout['gaps'] {
  return points.flatMap((from, index) => {
    if (from.basis === 'not-stated') return [];
    const to = points.slice(index + 1).find((point) => point.basis === from.basis);
    return to === undefined ? [] : [{ id: `${from.id}>${to.id}`, from, to }];
  });
}

/**
 * Each membership figure written above its point, or below, or a line further off either way,
 * wherever it first covers neither a figure before it nor the band's title; read from the point
 * at the axis's ends, so no figure is cut off there. Placed at the narrowest width, like the event
 * labels.
 */
function placePointLabels(points: ReadonlyArray<PointInput & { x: number; y: number }>, bandTop: number) {
  // A line of text's box, as browsers measure it: from 12 px above its baseline to 4 px below.
  const lineBox = (x: number, baseline: number, width: number): Box => ({ x, y: baseline - 12, width, height: 16 });
  const taken = [lineBox(0, bandTop + 4, estimateTextWidth(BAND_TITLE) * BOLD_WIDTH)];
  const isFree = (box: Box) =>
    !taken.some(
      (t) => box.x < t.x + t.width && t.x < box.x + box.width && box.y < t.y + t.height && t.y < box.y + box.height,
    );
  return points.map((point) => {
    const label = labelPoint(point);
    const width = estimateTextWidth(label);
    const x = point.x * MIN_WIDTH;
    const labelAnchor = x < width / 2 ? 'start' : x + width / 2 > MIN_WIDTH ? 'end' : 'middle';
    const left = labelAnchor === 'start' ? x : labelAnchor === 'end' ? x - width : x - width / 2;
    // Baselines above and below the point, then a line further off.
    const baselines = [point.y - 9, point.y + 17, point.y - 25, point.y + 33];
    const box = (baseline: number) => lineBox(left, baseline, width);
    const labelY = baselines.find((baseline) => isFree(box(baseline))) ?? point.y - 9;
    taken.push(box(labelY));
    return { ...point, label, labelY, labelAnchor } as const;
  });
}

/** Steps between ticks and labels, in years. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
/** At most this many ticks, and labels at least this far apart at the narrowest width (px). */
const MAX_TICKS = 100;
const MIN_LABEL_GAP = 100;

/** The first instant of a year in UTC (Date.UTC would read years 0-99 as 1900-1999). */
const startOfYear = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);

/**
 * Ticks on whole years from the domain's start to its end: every year on a span of decades, fewer
 * on a span of centuries, so there are never more than MAX_TICKS; labels far enough apart to read
 * at the narrowest width, with a label halfway between for wide axes.
 */
function layoutYearTicks([from, to]: readonly [number, number], xScale: LinearScale): TimelineLayout['yearTicks'] {
  const first = new Date(from).getUTCFullYear() + (startOfYear(new Date(from).getUTCFullYear()) < from ? 1 : 0);
  const last = new Date(to).getUTCFullYear();
  const span = Math.max(1, last - first);
  const step = YEAR_STEPS.find((years) => span / years <= MAX_TICKS) ?? YEAR_STEPS.at(-1) ?? 1;
  const label =
    YEAR_STEPS.find((years) => years >= step * 2 && (years / span) * MIN_WIDTH >= MIN_LABEL_GAP) ??
    YEAR_STEPS.at(-1) ??
    10;
  const half = label / 2;
  const ticks: TimelineLayout['yearTicks'] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const labelEvery = year % label === 0 ? 10 : half % step === 0 && year % half === 0 ? 5 : null;
    ticks.push({ year, x: xScale(startOfYear(year)), labelEvery });
  }
  return ticks;
}
