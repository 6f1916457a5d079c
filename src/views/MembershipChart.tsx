import { memo } from 'react';
import { useDataset } from '@/dataset/useDataset';
import { SourceLine } from '@/charts/SourceLine';
import { formatCount } from '@/derive/format';
import { pickById } from '@/derive/pickById';

/** The 1980 membership breakdown, largest first, with the unknown union last and said to be unknown. */
export const MembershipChart = memo(function MembershipChart() {
  const { unions, summary1980, sourcesById } = useDataset();
  const ordered = [...unions].sort((a, b) => (b.members1980 ?? -1) - (a.members1980 ?? -1));
  const sourceIds = [...new Set(unions.flatMap((u) => u.sources))];
  return (
    <figure className="chart-view" data-view-ready>
      <figcaption>
        1980 membership by founding union: {summary1980.knownCount} of {summary1980.count} unions known, known total{' '}
        {formatCount(summary1980.knownTotal)}
      </figcaption>
      <ol className="membership-list">
        {ordered.map((union) => (
          <li key={union.abbreviation}>
            {union.abbreviation}:{' '}
            {union.members1980 === null ? 'membership unknown' : `${formatCount(union.members1980)} members`}
          </li>
        ))}
      </ol>
      <SourceLine sources={pickById(sourceIds, sourcesById)} />
    </figure>
  );
});
