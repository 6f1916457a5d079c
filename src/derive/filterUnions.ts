import { normalizeSearchText } from './normalizeSearchText';

/** Which unions to keep by what is known of their membership. */
export type MembersFilter = 'all' | 'known' | 'unknown';

export const MEMBERS_FILTERS: readonly MembersFilter[] = ['all', 'known', 'unknown'];

export interface UnionFilter {
  /** Free text typed by the reader, matched against every name of the union. */
  query: string;
  members: MembersFilter;
}

export const NO_FILTER: UnionFilter = { query: '', members: 'all' };

/** The fields a union is found by; structural, so any dataset of the same shape fits. */
export interface SearchableUnion {
  abbreviation: string;
  nameEn: string | null;
  nameJa: string | null;
}

/** The folded text a query is matched against: abbreviation, English and Japanese names. */
export function getUnionSearchText(union: SearchableUnion): string {
  return normalizeSearchText([union.abbreviation, union.nameEn ?? '', union.nameJa ?? ''].join('\n'));
}

/** A union whose search text (getUnionSearchText) was folded once, ahead of any keystroke. */
export interface FilterableUnion {
  members: number | null;
  searchText: string;
}

/** Whether a union's folded names contain a folded needle (normalizeSearchText); '' matches every union. */
export function matchesQuery(union: FilterableUnion, needle: string): boolean {
  return needle === '' || union.searchText.includes(needle);
}

export function matchesMembers(union: FilterableUnion, members: MembersFilter): boolean {
  return members === 'all' || (members === 'known') === (union.members !== null);
}

/**
 * A predicate for one filter. Search texts are folded once per dataset, so each keystroke only
 * compares strings, which keeps filtering 10,000 unions within a frame.
 */
export function createUnionFilter(filter: UnionFilter): (union: FilterableUnion) => boolean {
  const needle = normalizeSearchText(filter.query);
  return (union) => matchesMembers(union, filter.members) && matchesQuery(union, needle);
}
