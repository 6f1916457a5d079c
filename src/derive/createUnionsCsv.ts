import { toCsv } from './toCsv';

/** What a CSV row needs of a union; structural, so any dataset of the same shape fits. */
export interface CsvUnion {
  abbreviation: string;
  nameEn: string | null;
  nameJa: string | null;
  members: number | null;
  share: number | null;
  today: ReadonlyArray<{ nameEn: string }>;
}

/**
 * The rows exactly as shown (filtered and sorted); unknown values stay empty cells, never 0. The
 * members column is named for the figures' date (`members_1952`).
 */
export function createUnionsCsv(unions: readonly CsvUnion[], asOf: string): string {
  return toCsv(
    ['abbreviation', 'name_en', 'name_ja', `members_${asOf}`, 'share_of_known_total_percent', 'continued_today_by'],
    unions.map((union) => [
      union.abbreviation,
      union.nameEn,
      union.nameJa,
      union.members,
      union.share === null ? null : Number((union.share * 100).toFixed(2)),
      union.today.length === 0 ? null : union.today.map((affiliate) => affiliate.nameEn).join('; '),
    ]),
  );
}
