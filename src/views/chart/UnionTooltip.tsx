import type { UnionRow } from '@/dataset/createDerivedDataset';
import { SourceTitles } from '@/charts/SourceTitles';
import { Text } from '@/charts/Text';
import { useDataset } from '@/dataset/useDataset';
import { formatCount, formatShare } from '@/derive/format';

/** What the tooltip says about a union: its names, its membership and the source. */
export function UnionTooltip({ union }: { union: UnionRow }) {
  const { sourcesById, membersDateLabel } = useDataset();
  return (
    <>
      <strong>
        <Text>{union.abbreviation}</Text>
      </strong>
      {union.nameJa !== null && <span lang="ja"> {union.nameJa}</span>}
      <br />
      {union.nameEn === null ? 'English name not recorded' : <Text>{union.nameEn}</Text>}
      <br />
      {union.members === null
        ? `Membership in ${membersDateLabel}: unknown`
        : `${formatCount(union.members)} members, ${union.share === null ? '' : formatShare(union.share)} of the known total`}
      <br />
      <span className="chart-tooltip__source">
        Source: <SourceTitles ids={union.sources} sourcesById={sourcesById} />
      </span>
    </>
  );
}
