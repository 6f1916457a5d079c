import { Text } from '@/charts/Text';
import { SourceTitles } from '@/charts/SourceTitles';
import type { MembershipPoint, Source } from '@/dataset/datasetSchema';
import { pointKey } from '@/dataset/pointKey';
import { describeFigure } from './describeFigure';

interface TimelineFigureListProps {
  series: readonly MembershipPoint[];
  sourcesById: ReadonlyMap<string, Source>;
}

/** The membership band as a list: its text alternative, each figure with its basis, note and source. */
export function TimelineFigureList({ series, sourcesById }: TimelineFigureListProps) {
  if (series.length === 0) return null;
  return (
    <details className="timeline-list">
      <summary>Membership figures as a list</summary>
      <ul>
        {series.map((point) => (
          <li key={pointKey(point)}>
            <Text>{describeFigure(point)}</Text>{' '}
            <span className="timeline-list__source">
              (Source: <SourceTitles ids={point.sources} sourcesById={sourcesById} />)
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
