import { memo, useCallback, useId, useMemo, useState } from 'react';
import { SourceTitles } from '@/charts/SourceTitles';
import { Text } from '@/charts/Text';
import { useHydrated } from '@/charts/useHydrated';
import { Measured } from '@/charts/Measured';
import { SourceLine } from '@/charts/SourceLine';
import type { HistoryEvent } from '@/dataset/datasetSchema';
import { useDataset } from '@/dataset/useDataset';
import { layoutTimeline } from '@/derive/layoutTimeline';
import { formatPartialDate } from '@/derive/partialDate';
import { pickById } from '@/derive/pickById';
import { createTimelineInput } from './createTimelineInput';
import { describeFigure } from './describeFigure';
import { pointKey } from '@/dataset/pointKey';
import { describeTimeline } from './describeTimeline';
import { TimelineEventList } from './TimelineEventList';
import { TimelineFigureList } from './TimelineFigureList';
import { TimelinePlot } from './TimelinePlot';
import { ClusterTooltip } from './ClusterTooltip';
import { EventTooltip } from './EventTooltip';
import { TimelineStepPanel } from './TimelineStepPanel';
import { AffiliatesToday } from './AffiliatesToday';

/** The width drawn before the frame is measured (and on the server): wide enough not to scroll. */
const INITIAL_SIZE = { width: 960, height: 0 };

export interface TimelineProps {
  /** The current event's id (the URL's `step`); unknown ids fall back to the first event. */
  step: string | null;
  onStepChange: (eventId: string) => void;
  /** A union abbreviation: the events that name it are marked. */
  highlight: string | null;
}

/** The data's span: a lane for each organisation, its forks as branches, and membership on the same axis. */
export const Timeline = memo(function Timeline({ step, onStepChange, highlight }: TimelineProps) {
  const hydrated = useHydrated();
  const derived = useDataset();
  const { events, series, sourcesById, dataset } = derived;
  const [tooltipFor, setTooltipFor] = useState<string | null>(null);
  const captionId = useId();
  const tooltipId = useId();
  const input = useMemo(() => createTimelineInput(derived), [derived]);
  const layout = useMemo(() => layoutTimeline(input), [input]);
  const { caption, branchNames, branchDisputes, legend, forkNotes } = useMemo(
    () => describeTimeline(derived, input),
    [derived, input],
  );
  const currentIndex = Math.max(
    0,
    events.findIndex((event) => event.id === step),
  );
  const eventNames = useMemo(
    () => new Map(events.map((event) => [event.id, `${formatPartialDate(event.date)}: ${event.title}`])),
    [events],
  );
  // An SVG title is one run of text, which cannot mark Japanese source titles as such: the
  // sources are in the figure's source line, the figures in full in the list below it.
  const pointTitles = useMemo(() => new Map(series.map((point) => [pointKey(point), describeFigure(point)])), [series]);
  const highlighted = useMemo(
    () =>
      new Set(
        events.filter((event) => highlight !== null && event.unions?.includes(highlight)).map((event) => event.id),
      ),
    [events, highlight],
  );
  // Today's affiliates follow the last event, in the step panel and in the list.
  const details = useCallback(
    (event: HistoryEvent) =>
      event.id === events.at(-1)?.id && dataset.affiliatesToday.length > 0 ? (
        <AffiliatesToday
          affiliates={dataset.affiliatesToday}
          note={dataset.affiliatesTodayNote}
          sourcesById={sourcesById}
        />
      ) : null,
    [events, dataset.affiliatesToday, dataset.affiliatesTodayNote, sourcesById],
  );
  const tipMark = layout.marks.find((mark) => mark.id === tooltipFor);
  const tipEvent = tipMark?.count === 1 ? events[tipMark.first] : undefined;
  const tipBranch = layout.branches.find((branch) => branch.id === tooltipFor);
  const tipContent =
    tipMark !== undefined && tipMark.count > 1 ? (
      <ClusterTooltip
        year={tipMark.year ?? 0}
        events={events.slice(tipMark.first, tipMark.first + tipMark.count)}
        current={currentIndex - tipMark.first}
      />
    ) : tipEvent === undefined && tipBranch === undefined ? null : tipEvent !== undefined ? (
      <EventTooltip event={tipEvent} />
    ) : (
      <>
        <strong>{branchNames.get(tipBranch?.id ?? '')}</strong>
        {branchDisputes.has(tipBranch?.id ?? '') && (
          <>
            <br />
            {branchDisputes.get(tipBranch?.id ?? '')}
          </>
        )}
      </>
    );
  // Without a timeline section every organisation has a lane (createTimelineInput).
  const laneOrganisations = new Set(
    dataset.timeline?.lanes.map((lane) => lane.organisation) ?? dataset.organisations.map((org) => org.id),
  );
  const laneNotes = dataset.organisations.filter((org) => org.endNote !== undefined && laneOrganisations.has(org.id));
  const sourceIds = [
    ...new Set([
      ...events.flatMap((e) => e.sources),
      ...series.flatMap((p) => p.sources),
      ...dataset.organisations.flatMap((o) => o.sources),
    ]),
  ];

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
              pointTitles={pointTitles}
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
          {legend.map((entry) => (
            <li key={entry.role} className={`timeline-legend__${entry.role}`}>
              <Text>{entry.text}</Text>
            </li>
          ))}
        </ul>
        {forkNotes.map(({ id, heading, event }) => (
          <p key={id} className="timeline-fork-note">
            <strong>{heading}</strong> <Text>{event.dispute.summary}</Text>{' '}
            <Text>
              {event.dispute.claims
                .map((claim) => `${sourcesById.get(claim.source)?.title ?? claim.source}: ${claim.says}`)
                .join(' ')}
            </Text>
          </p>
        ))}
        {/* What became of an organisation whose lane ends, where the data says. */}
        {laneNotes.map((org) => (
          <p key={org.id} className="timeline-fork-note">
            <strong>{org.shortName}:</strong> <Text>{org.endNote ?? ''}</Text>{' '}
            <span className="timeline-list__source">
              (Sources: <SourceTitles ids={org.sources} sourcesById={sourcesById} />)
            </span>
          </p>
        ))}
        <SourceLine sources={pickById(sourceIds, sourcesById)} />
      </figure>
      <TimelineStepPanel events={events} currentIndex={currentIndex} onStepChange={onStepChange} details={details} />
      {/* The text alternatives, side by side while closed. */}
      <div className="timeline-lists">
        <TimelineEventList events={events} sourcesById={sourcesById} details={details} />
        <TimelineFigureList series={series} sourcesById={sourcesById} />
      </div>
    </div>
  );
});
