import type { DerivedDataset } from '@/dataset/createDerivedDataset';
import { formatCountOf } from '@/derive/format';
import { getTimelineTimes, getTimeSpan } from '@/views/timeline/createTimelineInput';
import { pickById } from '@/derive/pickById';
import { slugify } from '@/derive/slugify';
import { PAGES, type ViewName } from './pages';
import type { UrlState } from './urlState';

/** What a chart's export writes into the picture (its source line) and names the file by. */
export interface ExportInfo {
  source: string;
  /** Without extension: `<federation>-<date>-membership-<filter>`. */
  fileName: string;
}

export interface ViewDescription {
  title: string;
  /** What the error boundary calls it: "the timeline". */
  name: string;
  /** For charts: the source line export writes into the picture, and the file name. */
  exportInfo?: ExportInfo;
}

function describeSources(ids: readonly string[], derived: DerivedDataset): string {
  const sources = pickById([...new Set(ids)], derived.sourcesById);
  return `Source${sources.length === 1 ? '' : 's'}: ${sources
    .map((source) => (source.licence === null ? source.title : `${source.title}, ${source.licence}`))
    .join('; ')}`;
}

/**
 * Each view's title, and for the charts what an exported picture says and is called. A view with
 * no case here is titled by its title in src/app/pages.ts and has no export.
 */
export function describeView(
  view: ViewName,
  derived: DerivedDataset,
  state: Pick<UrlState, 'query' | 'step'>,
): ViewDescription {
  const slug = slugify(derived.dataset.federation.shortName.en) || 'federation';
  const asOf = derived.membersDateLabel;
  const query = slugify(state.query);
  const { title } = PAGES[view];
  switch (view) {
    case 'table':
      return { title: `The ${formatCountOf(derived.unions.length, 'founding union')}`, name: 'the table' };
    case 'chart':
      return {
        title: `Membership in ${asOf}`,
        name: 'the membership chart',
        exportInfo: {
          source: describeSources(
            derived.unions.flatMap((union) => union.sources),
            derived,
          ),
          fileName: `${slug}-${slugify(asOf)}-membership${query === '' ? '' : `-${query}`}`,
        },
      };
    case 'timeline': {
      // The span ends where the year after the last begins.
      const [start, end] = getTimeSpan(getTimelineTimes(derived));
      const from = new Date(start).getUTCFullYear();
      const to = new Date(end).getUTCFullYear() - 1;
      const years = `${from}-${to}`;
      return {
        title: `From ${from} to ${to}`,
        name: 'the timeline',
        exportInfo: {
          source: describeSources(
            [...derived.events.flatMap((event) => event.sources), ...derived.series.flatMap((point) => point.sources)],
            derived,
          ),
          fileName: `${slug}-timeline-${years}${state.step === null ? '' : `-${state.step}`}`,
        },
      };
    }
    default:
      return { title, name: `the ${title.toLowerCase()}` };
  }
}
