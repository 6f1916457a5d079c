import type { DerivedDataset } from '@/dataset/createDerivedDataset';
import type { LaneRole, Organisation, TimelineData } from '@/dataset/datasetSchema';
import type { BranchInput, LaneInput, TimelineInput } from '@/derive/layoutTimeline';
import { getStartTime, type PartialDate } from '@/derive/partialDate';
import { pointKey } from '@/dataset/pointKey';

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

/** Without lanes in the data: one for each organisation, in the data's order. */
const laneForEach = (organisations: readonly Organisation[]): TimelineData['lanes'] =>
  organisations.map((org) => ({ id: org.id, organisation: org.id, role: 'context' }));

/*
 * "<confederation> (confederation)" for a confederation on its own; "<federation> · in <confederation>"
 * for a federation within one, or "<federation> · to <confederation>" for one that broke away to it.
 */
function labelLane(org: Organisation, within: Organisation | undefined, role: LaneRole): string {
  if (within === undefined) return org.kind === 'confederation' ? `${org.shortName} (confederation)` : org.shortName;
  return `${org.shortName} · ${role === 'breakaway' ? 'to' : 'in'} ${within.shortName}`;
}

/**
 * The dataset as the timeline's layout input: its lanes top to bottom, a branch for each lane a
 * fork leads to (leaving where that lane starts), events and figures. Everything drawn comes from
 * the data's `timeline`: no organisation is known here by name.
 */
export function createTimelineInput({ dataset, events, series }: DerivedDataset): TimelineInput {
  const orgs = new Map(dataset.organisations.map((org) => [org.id, org]));
  const lanes = (dataset.timeline?.lanes ?? laneForEach(dataset.organisations)).flatMap((lane): LaneInput[] => {
    const org = orgs.get(lane.organisation);
    if (org === undefined) return [];
    const within = lane.within === undefined ? undefined : orgs.get(lane.within);
    return [
      {
        id: lane.id,
        label: labelLane(org, within, lane.role),
        role: lane.role,
        disputed: lane.disputed === true,
        from: timeOf(lane.from === undefined ? org.start : lane.from),
        to: timeOf(lane.to === undefined ? org.end : lane.to),
      },
    ];
  });
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  const branches = (dataset.timeline?.forks ?? []).flatMap((fork) =>
    fork.to.flatMap((laneId): BranchInput[] => {
      const lane = laneById.get(laneId);
      if (lane === undefined || lane.from === null || !laneById.has(fork.from)) return [];
      return [
        {
          id: lane.id,
          forkId: fork.id,
          fromLane: fork.from,
          toLane: lane.id,
          fromTime: lane.from,
          toTime: lane.from,
          role: lane.role,
          disputed: lane.disputed,
        },
      ];
    }),
  );

  return {
    domain: getTimeSpan(getTimelineTimes({ dataset, events, series })),
    lanes,
    branches,
    events: events.map((event) => ({ id: event.id, time: getStartTime(event.date), label: event.label })),
    points: series.map((point) => ({
      id: pointKey(point),
      time: getStartTime(point.date),
      value: point.value,
      basis: point.basis ?? 'not-stated',
      derived: point.derived === true,
      approximate: point.approximate === true,
    })),
  };
}
