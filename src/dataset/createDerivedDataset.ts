import { getShare, summariseMembership, type MembershipSummary } from '@/derive/summariseMembership';
import { sortByDate } from '@/derive/sortByDate';
import { getUnionSearchText } from '@/derive/filterUnions';
import { formatPartialDate } from '@/derive/partialDate';
import { withTextRanks, type TextRanks } from '@/derive/unionSortKeys';
import type { Affiliate, Dataset, FoundingUnion, HistoryEvent, MembershipPoint, Source } from './datasetSchema';

/** A founding union with what the views derive from it. */
export interface UnionRow extends FoundingUnion {
  /** Share of the known total; null where the union's membership is unknown. */
  share: number | null;
  /** Today's largest affiliates that continue this union, only where a source says so. */
  today: Affiliate[];
  /** Its names folded for matching a filter (case, width and accents ignored), once per dataset. */
  searchText: string;
  /** Its place in reading order by each text column, once per dataset, so sorts compare numbers. */
  textRanks: TextRanks;
}

export interface DerivedDataset {
  dataset: Dataset;
  unions: readonly UnionRow[];
  /** The founding unions' breakdown: known total and how many unions are known. */
  summary: MembershipSummary;
  /** The date the unions' figures are for, as precise as the data: "1952", "June 1952". */
  membersDateLabel: string;
  /** The federation's membership over time, in date order. */
  series: readonly MembershipPoint[];
  /** Events in date order (same-day events keep the data's order). */
  events: readonly HistoryEvent[];
  sourcesById: ReadonlyMap<string, Source>;
}

const getMembers = (union: FoundingUnion) => union.members;

/** Everything the views read, computed once per dataset. */
export function createDerivedDataset(dataset: Dataset): DerivedDataset {
  const summary = summariseMembership(dataset.foundingUnions, getMembers);
  const unions = withTextRanks(
    dataset.foundingUnions.map((union) => ({
      ...union,
      share: getShare(union.members, summary.knownTotal),
      today: dataset.affiliatesToday.filter((affiliate) => affiliate.continues.includes(union.abbreviation)),
      searchText: getUnionSearchText(union),
    })),
  );
  return {
    dataset,
    unions,
    summary,
    membersDateLabel: formatPartialDate(dataset.membersAsOf),
    series: sortByDate(dataset.membership),
    events: sortByDate(dataset.events),
    sourcesById: new Map(dataset.sources.map((source) => [source.id, source])),
  };
}
