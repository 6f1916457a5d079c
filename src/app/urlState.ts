import type { SortingState } from '@tanstack/react-table';
import { MEMBERS_FILTERS, type MembersFilter } from '@/derive/filterUnions';
import {
  CHART_MEASURES,
  CHART_ORDERS,
  type ChartMeasure,
  type ChartOrder,
} from '@/views/chart/MembershipChartControls';
import { PAGES, type ViewName } from './pages';

export type Theme = 'auto' | 'light' | 'dark' | 'present';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'present'];

export function isTheme(value: unknown): value is Theme {
  return THEMES.some((theme) => theme === value);
}

/** The part of the page's state that lives in the query string (README: "The URL"). */
export interface UrlState {
  query: string;
  members: MembersFilter;
  sorting: SortingState;
  /** A union abbreviation; checked against the dataset where it is used. */
  highlight: string | null;
  /** The timeline's current event id; checked against the dataset where it is used. */
  step: string | null;
  /** The chart's order and what its bars measure. */
  order: ChartOrder;
  measure: ChartMeasure;
  theme: Theme;
}

export const DEFAULT_URL_STATE: UrlState = {
  query: '',
  members: 'all',
  sorting: [],
  highlight: null,
  step: null,
  order: 'members',
  measure: 'members',
  theme: 'auto',
};

const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  choices.find((choice) => choice === value) ?? fallback;

/** Longer text is cut: a filter is a few words, and a huge `q=` should cost nothing. */
const MAX_QUERY_LENGTH = 200;
const ABBREVIATION = /^[\p{L}\p{N}_-]{1,64}$/u;
const EVENT_ID = /^[a-z0-9-]{1,64}$/;

function isMembersFilter(value: string | null): value is MembersFilter {
  return MEMBERS_FILTERS.some((filter) => filter === value);
}

/** `members:desc,union:asc` to sorting state; unknown columns, bad directions and repeats are dropped. */
export function parseSortParam(value: string | null, sortableIds: readonly string[]): SortingState {
  if (value === null) return [];
  const sorting: SortingState = [];
  for (const part of value.split(',')) {
    const [id = '', direction] = part.split(':');
    if (!sortableIds.includes(id) || sorting.some((sort) => sort.id === id)) continue;
    if (direction !== 'asc' && direction !== 'desc') continue;
    sorting.push({ id, desc: direction === 'desc' });
  }
  return sorting;
}

export function formatSortParam(sorting: SortingState): string {
  return sorting.map((sort) => `${sort.id}:${sort.desc ? 'desc' : 'asc'}`).join(',');
}

/** Reads the state from a query string. Never throws: anything malformed falls back to its default. */
export function parseUrlState(search: string, sortableIds: readonly string[]): UrlState {
  const params = new URLSearchParams(search);
  const members = params.get('members');
  const highlight = params.get('highlight');
  const step = params.get('step');
  const theme = params.get('theme');
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    members: isMembersFilter(members) ? members : 'all',
    sorting: parseSortParam(params.get('sort'), sortableIds),
    highlight: highlight !== null && ABBREVIATION.test(highlight) ? highlight : null,
    step: step !== null && EVENT_ID.test(step) ? step : null,
    order: oneOf(CHART_ORDERS, params.get('order'), 'members'),
    measure: oneOf(CHART_MEASURES, params.get('measure'), 'members'),
    theme: isTheme(theme) ? theme : 'auto',
  };
}

/**
 * Writes the state into `search`, keeping parameters this state does not own (`view`, `theme`…)
 * and leaving defaults out so a plain link stays plain. Returns `?…`, or '' when nothing is set.
 */
export function formatUrlState(state: UrlState, search: string): string {
  const params = new URLSearchParams(search);
  const entries: Array<[string, string]> = [
    ['q', state.query],
    ['members', state.members === 'all' ? '' : state.members],
    ['sort', formatSortParam(state.sorting)],
    ['highlight', state.highlight ?? ''],
    ['step', state.step ?? ''],
    ['order', state.order === 'members' ? '' : state.order],
    ['measure', state.measure === 'members' ? '' : state.measure],
    ['theme', state.theme === 'auto' ? '' : state.theme],
  ];
  for (const [key, value] of entries) {
    if (value === '') params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * A link to one view carrying the current state. Embeds use their own prerendered file,
 * `embed/chart.html?q=…`, painted before any script runs; other links use `?view=chart&q=…`.
 */
export function createViewUrl(base: string, view: ViewName, state: UrlState, embed: boolean): string {
  const url = new URL(base);
  // The site's folder: the path without the page's own file (embed/chart.html, index.html or none).
  const page = Object.values(PAGES).find(({ file }) => url.pathname.endsWith(`/${file}`));
  const root = page === undefined ? url.pathname.replace(/[^/]*$/, '') : url.pathname.slice(0, -page.file.length);
  const params = new URLSearchParams(formatUrlState(state, ''));
  if (embed) return `${url.origin}${root}${PAGES[view].file}${params.size > 0 ? `?${params.toString()}` : ''}`;
  return `${url.origin}${root}?${new URLSearchParams([['view', view], ...params]).toString()}`;
}
