import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useHydrated } from '@/charts/useHydrated';
import { Measured } from '@/charts/Measured';
import { SourceLine } from '@/charts/SourceLine';
import type { HistoryEvent } from '@/dataset/datasetSchema';
import { useDataset } from '@/dataset/useDataset';
import { formatCount } from '@/derive/format';
import { layoutTimeline } from '@/derive/layoutTimeline';
import { formatPartialDate } from '@/derive/partialDate';
import { pickById } from '@/derive/pickById';
import { createTimelineInput, LEAVES_LANE, STAYS_LANE } from './createTimelineInput';
import { TimelineEventList } from './TimelineEventList';
import { TimelinePlot } from './TimelinePlot';
import { EventTooltip } from './EventTooltip';
import { TimelineStepPanel } from './TimelineStepPanel';

/** The width drawn before the frame is measured (and on the server): wide enough not to scroll. */
const INITIAL_SIZE = { width: 960, height: 0 };

export interface TimelineProps {
  /** The current event's id (the URL's `step`); unknown ids fall back to the first event. */
  step: string | null;
  onStepChange: (eventId: string) => void;
  /** A union abbreviation: the events that name it are marked. */
  highlight: string | null;
}

/** 1975–2019: lanes for the organisations, the 1989 fork as two branches, and membership on the same axis. */
export const Timeline = memo(function Timeline({ step, onStepChange, highlight }: TimelineProps) {
  const hydrated = useHydrated();
  const derived = useDataset();
  const { events, series, sourcesById, dataset } = derived;
  const [tooltipFor, setTooltipFor] = useState<string | null>(null);
  const captionId = useId();
  const tooltipId = useId();
  const layout = useMemo(() => layoutTimeline(createTimelineInput(derived)), [derived]);
  const currentIndex = Math.max(
    0,
    events.findIndex((event) => event.id === step),
  );
  const forkEvent = events.find((event) => event.dispute !== undefined);

  const orgs = useMemo(() => new Map(dataset.organisations.map((org) => [org.id, org])), [dataset]);
  const eventNames = useMemo(
    () => new Map(events.map((event) => [event.id, `${formatPartialDate(event.date)}: ${event.title}`])),
    [events],
  );
  const branchNames = useMemo(() => {
    const lane = (id: string) => layout.lanes.find((l) => l.id === id)?.label ?? id;
    return new Map([
      [
        STAYS_LANE,
        `Branch: ${lane(STAYS_LANE)}, from ${formatPartialDate(orgs.get('zenroren')?.start ?? { date: '1989', precision: 'year' })}`,
      ],
      [
        LEAVES_LANE,
        `Branch (disputed): ${lane(LEAVES_LANE)}, from ${formatPartialDate(orgs.get(LEAVES_LANE)?.start ?? { date: '1989', precision: 'year' })}`,
      ],
    ]);
  }, [layout.lanes, orgs]);
  const pointLabels = useMemo(
    () =>
      new Map(
        series.map((point) => [
          point.date.date,
          {
            value: formatCount(point.value),
            title: `${formatPartialDate(point.date)}: ${formatCount(point.value)} members. Source: ${pickById(
              point.sources,
              sourcesById,
            )
              .map((source) => source.title)
              .join('; ')}`,
          },
        ]),
      ),
    [series, sourcesById],
  );
  const highlighted = useMemo(
    () =>
      new Set(
        events.filter((event) => highlight !== null && event.unions?.includes(highlight)).map((event) => event.id),
      ),
    [events, highlight],
  );
  const details = useCallback(
    (event: HistoryEvent) =>
      event.id === events.at(-1)?.id && dataset.affiliatesToday.length > 0
        ? [`Largest affiliates today: ${dataset.affiliatesToday.map((affiliate) => affiliate.nameEn).join('; ')}.`]
        : [],
    [events, dataset.affiliatesToday],
  );
  const tipEvent = events.find((event) => event.id === tooltipFor);
  const tipBranch = layout.branches.find((branch) => branch.id === tooltipFor);
  const tipContent =
    tipEvent === undefined && tipBranch === undefined ? null : tipEvent !== undefined ? (
      <EventTooltip event={tipEvent} />
    ) : (
      <>
        <strong>{branchNames.get(tooltipFor ?? '')}</strong>
        {tooltipFor === LEAVES_LANE && forkEvent?.dispute !== undefined && (
          <>
            <br />
            {forkEvent.dispute.summary}
          </>
        )}
      </>
    );
  const sourceIds = [
    ...new Set([
      ...events.flatMap((e) => e.sources),
      ...series.flatMap((p) => p.sources),
      ...dataset.organisations.flatMap((o) => o.sources),
    ]),
  ];
  const caption = `Timeline of ${dataset.federation.shortName.en}, 1975–2019: the 1989 fork and membership`;

  return (
    <div className="timeline-view" data-view-ready={hydrated ? '' : undefined}>
      <figure className="timeline-figure" aria-labelledby={captionId}>
        <figcaption id={captionId}>{caption}</figcaption>
        <Measured initial={INITIAL_SIZE}>
          {({ width }) => (
            <TimelinePlot
              width={width}
              layout={layout}
              title={caption}
              eventNames={eventNames}
              branchNames={branchNames}
              pointLabels={pointLabels}
              currentIndex={currentIndex}
              highlighted={highlighted}
              tooltipFor={tooltipFor}
              tooltip={tipContent === null ? null : { id: tooltipId, content: tipContent }}
              onStepChange={onStepChange}
              onTooltip={setTooltipFor}
            />
          )}
        </Measured>
        <ul className="timeline-legend" aria-label="Legend">
          <li className="timeline-legend__stays">Solid: {dataset.federation.shortName.en}</li>
          <li className="timeline-legend__leaves">
            Dashed: the Japan Central Federation (Kokko Soren); its origin is disputed
          </li>
          <li className="timeline-legend__gap">
            Dotted: joins known membership figures; nothing is known between them
          </li>
        </ul>
        {forkEvent?.dispute !== undefined && (
          <p className="timeline-fork-note">
            <strong>On the fork:</strong> {forkEvent.dispute.summary}{' '}
            {forkEvent.dispute.claims
              .map((claim) => `${sourcesById.get(claim.source)?.title ?? claim.source}: ${claim.says}`)
              .join(' ')}
          </p>
        )}
        <SourceLine sources={pickById(sourceIds, sourcesById)} />
      </figure>
      <TimelineStepPanel events={events} currentIndex={currentIndex} onStepChange={onStepChange} details={details} />
      <TimelineEventList events={events} sourcesById={sourcesById} />
    </div>
  );
});
