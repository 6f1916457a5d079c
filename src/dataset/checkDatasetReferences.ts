import { comparePartialDates } from '@/derive/partialDate';
import { pointKey } from './pointKey';
import type { Dataset } from './datasetSchema';
import { formatPath, type DatasetError } from './datasetError';

type PathKey = string | number;

/**
 * The checks a schema cannot make on one field alone: every reference points at something that
 * exists, identifiers are unique, dates are in order, and a Japanese name is never shown unsourced.
 */
export function checkDatasetReferences(dataset: Dataset): DatasetError[] {
  const errors: DatasetError[] = [];
  const fail = (keys: PathKey[], message: string) => errors.push({ path: formatPath(keys), message });

  const sourceIds = collectUnique(
    dataset.sources.map((s) => s.id),
    ['sources'],
    'id',
    'source',
    fail,
  );
  const orgIds = collectUnique(
    dataset.organisations.map((o) => o.id),
    ['organisations'],
    'id',
    'organisation',
    fail,
  );
  const unionIds = collectUnique(
    dataset.foundingUnions.map((u) => u.abbreviation),
    ['foundingUnions'],
    'abbreviation',
    'union',
    fail,
  );
  collectUnique(
    dataset.events.map((e) => e.id),
    ['events'],
    'id',
    'event',
    fail,
  );

  const checkRefs = (ids: readonly string[], known: Set<string>, keys: PathKey[], what: string) =>
    ids.forEach((id, i) => {
      if (!known.has(id)) fail([...keys, i], `unknown ${what} "${id}"`);
    });

  checkRefs(dataset.federation.sources, sourceIds, ['federation', 'sources'], 'source id');
  dataset.foundingUnions.forEach((union, i) => {
    checkRefs(union.sources, sourceIds, ['foundingUnions', i, 'sources'], 'source id');
    checkRefs(union.nameJaSources, sourceIds, ['foundingUnions', i, 'nameJaSources'], 'source id');
    if (union.nameJa !== null && union.nameJaSources.length === 0) {
      fail(['foundingUnions', i, 'nameJaSources'], 'a Japanese name needs a source; use null where none was read');
    }
  });
  // One figure a date and basis: two would be drawn on one spot, one hiding the other.
  collectUnique(
    dataset.membership.map((point) => pointKey(point)),
    ['membership'],
    'date',
    'membership date',
    fail,
  );
  dataset.membership.forEach((point, i) => {
    checkRefs(point.sources, sourceIds, ['membership', i, 'sources'], 'source id');
    if (comparePartialDates(point.date, dataset.federation.founded) < 0) {
      fail(['membership', i, 'date'], 'is before the federation was founded');
    }
  });
  dataset.organisations.forEach((org, i) => {
    checkRefs(org.sources, sourceIds, ['organisations', i, 'sources'], 'source id');
    if (org.start && org.end && comparePartialDates(org.start, org.end) > 0) {
      fail(['organisations', i, 'end'], 'is before its start');
    }
  });
  dataset.events.forEach((event, i) => {
    checkRefs(event.sources, sourceIds, ['events', i, 'sources'], 'source id');
    checkRefs(event.organisations, orgIds, ['events', i, 'organisations'], 'organisation');
    checkRefs(event.unions ?? [], unionIds, ['events', i, 'unions'], 'union');
    event.dispute?.claims.forEach((claim, j) => {
      if (!sourceIds.has(claim.source)) {
        fail(['events', i, 'dispute', 'claims', j, 'source'], `unknown source id "${claim.source}"`);
      }
    });
  });
  dataset.affiliatesToday.forEach((affiliate, i) => {
    checkRefs(affiliate.sources, sourceIds, ['affiliatesToday', i, 'sources'], 'source id');
    checkRefs(affiliate.continues, unionIds, ['affiliatesToday', i, 'continues'], 'union');
    checkRefs(affiliate.nameJaSources, sourceIds, ['affiliatesToday', i, 'nameJaSources'], 'source id');
    if (affiliate.nameJa !== null && affiliate.nameJaSources.length === 0) {
      fail(['affiliatesToday', i, 'nameJaSources'], 'a Japanese name needs a source; use null where none was read');
    }
  });
  checkTimeline(dataset, orgIds, fail);
  return errors;
}

/** Lanes name organisations that exist; forks join lanes that exist, each lane reached by one fork at most. */
function checkTimeline(dataset: Dataset, orgIds: Set<string>, fail: (keys: PathKey[], message: string) => void) {
  const { timeline } = dataset;
  if (timeline === undefined) return;
  const laneIds = collectUnique(
    timeline.lanes.map((lane) => lane.id),
    ['timeline', 'lanes'],
    'id',
    'lane',
    fail,
  );
  const orgs = new Map(dataset.organisations.map((org) => [org.id, org]));
  const starts = new Map<string, boolean>();
  timeline.lanes.forEach((lane, i) => {
    if (!orgIds.has(lane.organisation))
      fail(['timeline', 'lanes', i, 'organisation'], `unknown organisation "${lane.organisation}"`);
    if (lane.within !== undefined && !orgIds.has(lane.within)) {
      fail(['timeline', 'lanes', i, 'within'], `unknown organisation "${lane.within}"`);
    }
    const org = orgs.get(lane.organisation);
    const from = lane.from === undefined ? (org?.start ?? null) : lane.from;
    const to = lane.to === undefined ? (org?.end ?? null) : lane.to;
    // An organisation's own dates are checked with it; a lane's own dates here.
    const ownDates = lane.from !== undefined || lane.to !== undefined;
    if (ownDates && from !== null && to !== null && comparePartialDates(from, to) > 0) {
      if (lane.to === undefined) fail(['timeline', 'lanes', i, 'from'], 'is after its organisation’s end');
      else fail(['timeline', 'lanes', i, 'to'], 'is before its start');
    }
    starts.set(lane.id, from !== null);
  });
  const reached = new Set<string>();
  const eventIds = new Set(dataset.events.map((event) => event.id));
  timeline.forks.forEach((fork, i) => {
    if (!laneIds.has(fork.from)) fail(['timeline', 'forks', i, 'from'], `unknown lane "${fork.from}"`);
    fork.to.forEach((laneId, j) => {
      const keys = ['timeline', 'forks', i, 'to', j];
      if (!laneIds.has(laneId)) fail(keys, `unknown lane "${laneId}"`);
      else if (laneId === fork.from) fail(keys, 'is the lane the fork leaves');
      else if (reached.has(laneId)) fail(keys, `lane "${laneId}" is already a branch of a fork`);
      else if (starts.get(laneId) !== true) fail(keys, `lane "${laneId}" needs a start date, where its branch leaves`);
      reached.add(laneId);
    });
    if (fork.event !== undefined && !eventIds.has(fork.event)) {
      fail(['timeline', 'forks', i, 'event'], `unknown event "${fork.event}"`);
    }
  });
}

function collectUnique(
  ids: readonly string[],
  keys: PathKey[],
  field: string,
  what: string,
  fail: (keys: PathKey[], message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) fail([...keys, i, field], `duplicate ${what} "${id}"`);
    seen.add(id);
  });
  return seen;
}
