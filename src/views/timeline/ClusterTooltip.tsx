import type { HistoryEvent } from '@/dataset/datasetSchema';
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

/** A cluster opened: its events by date and title, the current one marked, and how to walk them. */
export function ClusterTooltip({ year, events, current }: ClusterTooltipProps) {
  const opened = current >= 0 && current < events.length;
  const start = opened ? Math.max(0, Math.min(current - Math.floor(SHOWN / 2), events.length - SHOWN)) : 0;
  const shown = events.slice(start, start + SHOWN);
  const before = start;
  const after = events.length - start - shown.length;
  return (
    <>
      <strong>
        {formatCount(events.length)} events in {year}
      </strong>
      {before > 0 && <span className="chart-tooltip__more">{formatCount(before)} earlier</span>}
      <ol className="chart-tooltip__list" start={start + 1}>
        {shown.map((event, index) => (
          <li key={event.id} aria-current={start + index === current ? 'step' : undefined}>
            {formatPartialDate(event.date)}: {event.title}
          </li>
        ))}
      </ol>
      {after > 0 && <span className="chart-tooltip__more">{formatCount(after)} later</span>}
      <span className="chart-tooltip__source">
        {!opened ? 'Click to open the first; the arrow keys step through each.' : 'The arrow keys step through each.'}
      </span>
    </>
  );
}
