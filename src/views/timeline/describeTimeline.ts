import type { DerivedDataset } from '@/dataset/createDerivedDataset';
import type { HistoryEvent, LaneRole } from '@/dataset/datasetSchema';
import type { TimelineInput } from '@/derive/layoutTimeline';
import { formatPartialDate, type PartialDate } from '@/derive/partialDate';

export interface TimelineDescription {
  /** "Timeline of <federation>, <first year>–<last year>: the <years> fork(s) and membership" */
  caption: string;
  /** Each branch's accessible name, by branch id. */
  branchNames: ReadonlyMap<string, string>;
  /** What the tooltip of a disputed branch adds: its fork's dispute, by branch id. */
  branchDisputes: ReadonlyMap<string, string>;
  /** One line for each way a lane is drawn that the data uses. */
  legend: Array<{ role: string; text: string }>;
  /** The forks whose event records a dispute, with a heading for each. */
  forkNotes: Array<{ id: string; heading: string; event: HistoryEvent & Required<Pick<HistoryEvent, 'dispute'>> }>;
}

const BASIS_LEGEND = {
  'not-stated': 'Circle: basis not stated',
  'observers-included': 'Square: with observers',
  'observers-excluded': 'Diamond: without observers',
};

const yearOf = (time: number) => new Date(time).getUTCFullYear();
const list = (items: readonly string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
const unique = (items: readonly string[]) => [...new Set(items)];

/**
 * Everything the timeline says in words, from the data alone: its caption (the span and the forks'
 * years), the branches' names, the legend for the roles its lanes have, and the notes on disputed forks.
 */
export function describeTimeline(derived: DerivedDataset, input: TimelineInput): TimelineDescription {
  const { dataset, events } = derived;
  const orgs = new Map(dataset.organisations.map((org) => [org.id, org]));
  const dataLanes = new Map((dataset.timeline?.lanes ?? []).map((lane) => [lane.id, lane]));
  const lanes = new Map(input.lanes.map((lane) => [lane.id, lane]));
  const laneStart = (id: string): PartialDate | null => {
    const lane = dataLanes.get(id);
    if (lane === undefined) return null;
    return lane.from === undefined ? (orgs.get(lane.organisation)?.start ?? null) : lane.from;
  };

  const branchNames = new Map<string, string>();
  const branchDisputes = new Map<string, string>();
  for (const branch of input.branches) {
    const start = laneStart(branch.toLane);
    const from = start === null ? '' : `, from ${formatPartialDate(start)}`;
    branchNames.set(
      branch.id,
      `Branch${branch.disputed ? ' (disputed)' : ''}: ${lanes.get(branch.toLane)?.label ?? branch.toLane}${from}`,
    );
    const fork = dataset.timeline?.forks.find((f) => f.id === branch.forkId);
    const dispute = events.find((event) => event.id === fork?.event)?.dispute;
    if (branch.disputed && dispute !== undefined) branchDisputes.set(branch.id, dispute.summary);
  }

  const forkYears = new Map<string, number>();
  for (const branch of input.branches) {
    const year = yearOf(branch.fromTime);
    forkYears.set(branch.forkId, Math.min(year, forkYears.get(branch.forkId) ?? year));
  }
  const years = [...forkYears.values()].sort((a, b) => a - b).map(String);
  const story =
    years.length === 0 ? 'its organisations' : `the ${list(unique(years))} fork${years.length === 1 ? '' : 's'}`;
  const [start, end] = input.domain;
  const [first, last] = [yearOf(start), yearOf(end) - 1];
  const empty = input.events.length === 0 && input.points.length === 0 && input.lanes.length === 0;
  const caption = empty
    ? `Timeline of ${dataset.federation.shortName.en}: this dataset dates no event, figure or organisation`
    : `Timeline of ${dataset.federation.shortName.en}, ${first === last ? first : `${first}–${last}`}: ${story} and membership`;

  const namesWith = (role: LaneRole) =>
    unique(
      [...dataLanes.values()]
        .filter((lane) => lane.role === role)
        .map((lane) => orgs.get(lane.organisation)?.shortName ?? lane.organisation),
    );
  const continuing = namesWith('continuing');
  const breakaway = namesWith('breakaway');
  const disputed = unique(
    [...dataLanes.values()]
      .filter((lane) => lane.role === 'breakaway' && lane.disputed === true)
      .map((lane) => orgs.get(lane.organisation)?.shortName ?? lane.organisation),
  );
  // Short, as a legend is read beside the picture: "Kokko Soren, breakaway (origin disputed)".
  const origin =
    disputed.length === 0
      ? ''
      : breakaway.length === 1
        ? ' (origin disputed)'
        : ` (${disputed.length === 1 ? 'origin' : 'origins'} of ${list(disputed)} disputed)`;
  const legend: TimelineDescription['legend'] = [
    ...(continuing.length === 0 ? [] : [{ role: 'continuing' as const, text: `Solid: ${list(continuing)}` }]),
    ...(breakaway.length === 0
      ? []
      : [
          {
            role: 'breakaway' as const,
            text: `Dashed: ${list(breakaway)}, ${breakaway.length === 1 ? 'breakaway' : 'breakaways'}${origin}`,
          },
        ]),
    ...(['not-stated', 'observers-included', 'observers-excluded'] as const)
      .filter((basis) => input.points.some((point) => point.basis === basis))
      .map((basis) => ({ role: `basis-${basis}`, text: BASIS_LEGEND[basis] })),
    ...(input.points.some((point) => point.derived) ? [{ role: 'basis-derived', text: 'Hollow: derived' }] : []),
    // Dotted lines join only figures of one stated basis (layoutTimeline's gaps).
    ...(!input.points.some(
      (point, i) => point.basis !== 'not-stated' && input.points.slice(i + 1).some((q) => q.basis === point.basis),
    )
      ? []
      : [
          {
            role: 'gap',
            text: 'Dotted: one basis, nothing known between',
          },
        ]),
  ];

  const forkNotes = (dataset.timeline?.forks ?? []).flatMap((fork) => {
    const event = events.find((e) => e.id === fork.event);
    if (event?.dispute === undefined) return [];
    const year = forkYears.get(fork.id);
    const heading = forkYears.size > 1 && year !== undefined ? `On the ${year} fork:` : 'On the fork:';
    return [{ id: fork.id, heading, event: { ...event, dispute: event.dispute } }];
  });

  return { caption, branchNames, branchDisputes, legend, forkNotes };
}
