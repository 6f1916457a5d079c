import type { UnionRow } from '@/dataset/createDerivedDataset';
import { useDataset } from '@/dataset/useDataset';
import { formatCount, formatShare } from '@/derive/format';
import { pickById } from '@/derive/pickById';

/** What the tooltip says about a union: its names, its membership and the source. */
export function UnionTooltip({ union }: { union: UnionRow }) {
  const { sourcesById, membersDateLabel } = useDataset();
  return (
    <>
      <strong>{union.abbreviation}</strong>
      {union.nameJa !== null && <span lang="ja"> {union.nameJa}</span>}
      <br />
      {union.nameEn ?? 'English name not recorded'}
      <br />
      {union.members === null
        ? `Membership in ${membersDateLabel}: unknown`
        : `${formatCount(union.members)} members, ${union.share === null ? '' : formatShare(union.share)} of the known total`}
      <br />
      <span className="chart-tooltip__source">
        Source:{' '}
        {pickById(union.sources, sourcesById)
          .map((source) => source.title)
          .join('; ')}
      </span>
    </>
  );
}
