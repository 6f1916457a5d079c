import type { ReactNode } from 'react';
import type { HistoryEvent } from '@/dataset/datasetSchema';
import { Text } from '@/charts/Text';
import { formatCount } from '@/derive/format';
import { formatPartialDate } from '@/derive/partialDate';

interface TimelineStepPanelProps {
  events: readonly HistoryEvent[];
  currentIndex: number;
  onStepChange: (eventId: string) => void;
  /** What follows an event's text (the affiliates today, after the last one). */
  details: (event: HistoryEvent) => ReactNode;
}

/** Presenting: the current event large, with Previous and Next (the arrow keys do the same on the chart). */
export function TimelineStepPanel({ events, currentIndex, onStepChange, details }: TimelineStepPanelProps) {
  const event = events[currentIndex];
  if (event === undefined) return null;
  const stepBy = (offset: number) => {
    const next = events[currentIndex + offset];
    if (next !== undefined) onStepChange(next.id);
  };
  return (
    <section className="timeline-step" aria-label="Step through the history">
      <div className="timeline-step__nav">
        <button type="button" className="button" disabled={currentIndex === 0} onClick={() => stepBy(-1)}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <p className="timeline-step__count">
          Event {formatCount(currentIndex + 1)} of {formatCount(events.length)}
        </p>
        <button
          type="button"
          className="button"
          disabled={currentIndex === events.length - 1}
          onClick={() => stepBy(1)}
        >
          Next<span aria-hidden="true"> →</span>
        </button>
      </div>
      <div aria-live="polite" className="timeline-step__body">
        <p className="timeline-step__date">
          <time dateTime={event.date.date}>{formatPartialDate(event.date)}</time>
        </p>
        <p className="timeline-step__title">
          <Text>{event.title}</Text>
        </p>
        <p className="timeline-step__text">
          <Text>{event.text}</Text>
        </p>
        {details(event)}
        {event.dispute !== undefined && (
          <p className="timeline-step__dispute">
            Disputed: <Text>{event.dispute.summary}</Text>
          </p>
        )}
      </div>
    </section>
  );
}
