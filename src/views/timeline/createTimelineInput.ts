import type { DerivedDataset } from '@/dataset/createDerivedDataset';
import type { BranchInput, LaneInput, TimelineInput } from '@/derive/layoutTimeline';
import { getStartTime, type PartialDate } from '@/derive/partialDate';

/** The axis runs from the start of 1975 to the end of 2019. */
export const TIMELINE_DOMAIN: [number, number] = [Date.UTC(1975, 0, 1), Date.UTC(2020, 0, 1)];

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
    domain: TIMELINE_DOMAIN,
    lanes,
    branches,
    events: events.map((event) => ({ id: event.id, time: getStartTime(event.date), label: event.label })),
    points: series.map((point) => ({ id: point.date.date, time: getStartTime(point.date), value: point.value })),
  };
}
