import type { HistoryEvent } from '@/dataset/datasetSchema';
import { Text } from '@/charts/Text';
import { formatCount } from '@/derive/format';
import { formatPartialDate } from '@/derive/partialDate';

/** At most this many of a cluster's events are listed at once: a window around the current one. */
const SHOWN = 8;

interface ClusterTooltipProps {
  year: number;
  /** The cluster's events, in time order. */
  events: readonly HistoryEvent[];
  /** The current event's place among them: below 0 or past the end where it is elsewhere. */
  current: number;
}

/**
 * A cluster opened: its events by date and title, numbered within it, the current one marked; a
 * window of SHOWN around the current one where there are more.
 */
export function ClusterTooltip({ year, events, current }: ClusterTooltipProps) {
  const start = Math.max(0, Math.min(current - SHOWN / 2, events.length - SHOWN));
  return (
    <>
      <strong>
        {formatCount(events.length)} events in {year}
      </strong>
      <ol className="chart-tooltip__list" start={start + 1}>
        {events.slice(start, start + SHOWN).map((event, index) => (
          <li key={event.id} aria-current={start + index === current ? 'step' : undefined}>
            {formatPartialDate(event.date)}: <Text>{event.title}</Text>
          </li>
        ))}
      </ol>
    </>
  );
}
