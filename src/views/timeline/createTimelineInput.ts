import type { DerivedDataset } from '@/dataset/createDerivedDataset';
import type { BranchInput, LaneInput, TimelineInput } from '@/derive/layoutTimeline';
import { getStartTime, type PartialDate } from '@/derive/partialDate';

/** The first instant of a year in UTC (Date.UTC would read years 0-99 as 1900-1999). */
const startOfYear = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);

/**
 * The axis's span: from the start of the earliest year to the end of the latest that any event,
 * figure or lane's start or end falls in, so every mark is on the axis whatever years a dataset holds.
 */
export function getTimeSpan(times: readonly number[]): [number, number] {
  if (times.length === 0) {
    const year = new Date().getUTCFullYear();
    return [startOfYear(year), startOfYear(year + 1)];
  }
  const first = new Date(Math.min(...times)).getUTCFullYear();
  const last = new Date(Math.max(...times)).getUTCFullYear();
  return [startOfYear(first), startOfYear(last + 1)];
}

/*
 * The organisations of the 1989 fork, by their ids in the dataset: before it Kokko Roren is in
 * Sohyo; at it Kokko Roren goes to Zenroren and the Japan Central Federation to RENGO. A dataset
 * without these ids simply draws its lanes without the fork.
 */
const FORK = {
  trunk: 'kokko-roren',
  before: 'sohyo',
  stays: { organisation: 'kokko-roren', confederation: 'zenroren' },
  leaves: { organisation: 'kokko-soren', confederation: 'rengo' },
};

export const TRUNK_LANE = `${FORK.trunk}:${FORK.before}`;
export const STAYS_LANE = `${FORK.stays.organisation}:${FORK.stays.confederation}`;
export const LEAVES_LANE = FORK.leaves.organisation;

const timeOf = (date: PartialDate | null) => (date === null ? null : getStartTime(date));

/** Every instant the timeline draws something at: events, figures, and organisations' starts and ends. */
export function getTimelineTimes({ dataset, events, series }: Pick<DerivedDataset, 'dataset' | 'events' | 'series'>) {
  const dates = [
    ...events.map((event) => event.date),
    ...series.map((point) => point.date),
    ...dataset.organisations.flatMap((org) => [org.start, org.end]),
  ];
  return dates.flatMap((date) => (date === null ? [] : [getStartTime(date)]));
}

/** The dataset as the timeline's layout input: lanes top to bottom, the fork's branches, events, figures. */
export function createTimelineInput({ dataset, events, series }: DerivedDataset): TimelineInput {
  const orgs = new Map(dataset.organisations.map((org) => [org.id, org]));
  const trunk = orgs.get(FORK.trunk);
  const before = orgs.get(FORK.before);
  const staysIn = orgs.get(FORK.stays.confederation);
  const leaver = orgs.get(FORK.leaves.organisation);
  const leavesTo = orgs.get(FORK.leaves.confederation);
  const lanes: LaneInput[] = [];
  const branches: BranchInput[] = [];
  const laneOf = (id: string, label: string) => {
    const org = orgs.get(id);
    if (org !== undefined) lanes.push({ id, label, from: timeOf(org.start), to: timeOf(org.end) });
  };

  if (trunk && before && staysIn && leaver && leavesTo && trunk.start && staysIn.start && leaver.start) {
    const joinsAt = getStartTime(staysIn.start);
    laneOf(before.id, `${before.shortName} (confederation)`);
    laneOf(staysIn.id, `${staysIn.shortName} (confederation)`);
    lanes.push({
      id: STAYS_LANE,
      label: `${trunk.shortName} · in ${staysIn.shortName}`,
      from: joinsAt,
      to: timeOf(trunk.end),
    });
    lanes.push({
      id: TRUNK_LANE,
      label: `${trunk.shortName} · in ${before.shortName}`,
      from: getStartTime(trunk.start),
      to: joinsAt,
    });
    lanes.push({
      id: LEAVES_LANE,
      label: `${leaver.shortName} · to ${leavesTo.shortName}`,
      from: getStartTime(leaver.start),
      to: timeOf(leaver.end),
    });
    laneOf(leavesTo.id, `${leavesTo.shortName} (confederation)`);
    branches.push(
      { id: STAYS_LANE, fromLane: TRUNK_LANE, toLane: STAYS_LANE, fromTime: joinsAt, toTime: joinsAt },
      {
        id: LEAVES_LANE,
        fromLane: TRUNK_LANE,
        toLane: LEAVES_LANE,
        fromTime: getStartTime(leaver.start),
        toTime: getStartTime(leaver.start),
      },
    );
  } else {
    for (const org of dataset.organisations) laneOf(org.id, org.shortName);
  }

  return {
    domain: getTimeSpan(getTimelineTimes({ dataset, events, series })),
    lanes,
    branches,
    events: events.map((event) => ({ id: event.id, time: getStartTime(event.date), label: event.label })),
    points: series.map((point) => ({ id: point.date.date, time: getStartTime(point.date), value: point.value })),
  };
}
