import { toCsv } from './toCsv';

/** What a CSV row needs of a union; structural, so any dataset of the same shape fits. */
export interface CsvUnion {
  abbreviation: string;
  nameEn: string | null;
  nameJa: string | null;
  members1980: number | null;
  share: number | null;
  today: ReadonlyArray<{ nameEn: string }>;
}

const HEADER = [
  'abbreviation',
  'name_en',
  'name_ja',
  'members_1980',
  'share_of_known_total_percent',
  'continued_today_by',
];

/** The rows exactly as shown (filtered and sorted); unknown values stay empty cells, never 0. */
export function createUnionsCsv(unions: readonly CsvUnion[]): string {
  return toCsv(
    HEADER,
    unions.map((union) => [
      union.abbreviation,
      union.nameEn,
      union.nameJa,
      union.members1980,
      union.share === null ? null : Number((union.share * 100).toFixed(2)),
      union.today.length === 0 ? null : union.today.map((affiliate) => affiliate.nameEn).join('; '),
    ]),
  );
}
