import type { DerivedDataset } from '@/dataset/createDerivedDataset';
import { formatCountOf } from '@/derive/format';
import { createTimelineInput } from '@/views/timeline/createTimelineInput';
import { describeTimeline } from '@/views/timeline/describeTimeline';
import { describeView } from './describeView';
import type { ViewName } from './pages';

/** A page's name for a tab, a bookmark or a search result, and its one-sentence description. */
export interface PageHead {
  title: string;
  description: string;
}

/**
 * Each page's title and description from the dataset: "Membership in <date>: the <n> founding
 * unions of <federation>" for the chart, and so on; `view` null is the explorer.
 */
export function describePage(view: ViewName | null, derived: DerivedDataset): PageHead {
  const { federation } = derived.dataset;
  const name = federation.shortName.en;
  const unions = `the ${formatCountOf(derived.unions.length, 'founding union')} of ${name}`;
  const timeline = describeTimeline(derived, createTimelineInput(derived)).caption;
  const asOf = derived.membersDateLabel;
  switch (view) {
    case null:
      return {
        title: `${name}: founding unions, membership and history`,
        description: `${federation.name.en}: ${unions.replace(/^the /, '')}, their ${asOf} membership, and a timeline of its history, every figure sourced.`,
      };
    case 'table':
      return {
        title: `${describeView('table', derived, { query: '', step: null }).title} of ${name}`,
        description: `A table of ${unions} with their ${asOf} membership and shares, sortable and filterable, every figure sourced.`,
      };
    case 'chart':
      return {
        title: `${describeView('chart', derived, { query: '', step: null }).title}: ${unions}`,
        description: `A bar chart of the ${asOf} membership of ${unions}, every figure sourced.`,
      };
    case 'timeline':
      return {
        title: timeline,
        description: `${timeline}, with each event, membership figure and fork sourced.`,
      };
  }
}
