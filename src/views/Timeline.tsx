import { memo } from 'react';
import { useDataset } from '@/dataset/useDataset';
import { SourceLine } from '@/charts/SourceLine';
import { formatCount } from '@/derive/format';
import { formatPartialDate } from '@/derive/partialDate';
import { pickById } from '@/derive/pickById';

/** The federation's history from 1975 to 2019: its events, and its membership where a source gives it. */
export const Timeline = memo(function Timeline() {
  const { events, series, sourcesById } = useDataset();
  const sourceIds = [...new Set([...events.flatMap((e) => e.sources), ...series.flatMap((p) => p.sources)])];
  return (
    <figure className="timeline-view" data-view-ready>
      <figcaption>Timeline of Kokko Roren, 1975–2019</figcaption>
      <ol className="event-list">
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date.date}>{formatPartialDate(event.date)}</time>: <strong>{event.title}.</strong>{' '}
            {event.text}
            {event.dispute !== undefined && (
              <div className="dispute">
                <p>
                  <strong>Disputed:</strong> {event.dispute.summary}
                </p>
                <ul>
                  {event.dispute.claims.map((claim) => (
                    <li key={claim.source}>
                      {sourcesById.get(claim.source)?.title ?? claim.source} says: {claim.says}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
      <h3>Membership</h3>
      <ul className="series-list">
        {series.map((point) => (
          <li key={point.date.date}>
            <time dateTime={point.date.date}>{formatPartialDate(point.date)}</time>: {formatCount(point.value)} members
            {point.note !== undefined && ` (${point.note})`}
          </li>
        ))}
      </ul>
      <SourceLine sources={pickById(sourceIds, sourcesById)} />
    </figure>
  );
});
