import { Text } from '@/charts/Text';
import type { MembershipPoint, Source } from '@/dataset/datasetSchema';
import { pointKey } from '@/dataset/pointKey';
import { pickById } from '@/derive/pickById';
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
              (Source:{' '}
              <Text>
                {pickById(point.sources, sourcesById)
                  .map((source) => source.title)
                  .join('; ')}
              </Text>
              )
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
