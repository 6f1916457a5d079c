import type { ReactNode } from 'react';
import type { HistoryEvent, Source } from '@/dataset/datasetSchema';
import { SourceTitles } from '@/charts/SourceTitles';
import { Text } from '@/charts/Text';
import { formatPartialDate } from '@/derive/partialDate';

interface TimelineEventListProps {
  events: readonly HistoryEvent[];
  sourcesById: ReadonlyMap<string, Source>;
  /** What follows an event (the affiliates today, after the last one), as in the step panel. */
  details: (event: HistoryEvent) => ReactNode;
}

/** The timeline as an ordered list: its text alternative, and the disputed claims in full. */
export function TimelineEventList({ events, sourcesById, details }: TimelineEventListProps) {
  return (
    <details className="timeline-list">
      <summary>Events as a list</summary>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date.date}>{formatPartialDate(event.date)}</time>:{' '}
            <strong>
              <Text>{event.title}</Text>.
            </strong>{' '}
            <Text>{event.text}</Text>{' '}
            <span className="timeline-list__source">
              (Source: <SourceTitles ids={event.sources} sourcesById={sourcesById} />)
            </span>
            {event.dispute !== undefined && (
              <ul className="dispute">
                {event.dispute.claims.map((claim) => (
                  <li key={claim.source}>
                    <Text>{sourcesById.get(claim.source)?.title ?? claim.source}</Text>: <Text>{claim.says}</Text>
                  </li>
                ))}
              </ul>
            )}
            {details(event)}
          </li>
        ))}
      </ol>
    </details>
  );
}
