import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { ChartTooltip } from '@/charts/ChartTooltip';
import { SourceLine } from '@/charts/SourceLine';
import { useElementSize } from '@/charts/useElementSize';
import type { HistoryEvent } from '@/dataset/datasetSchema';
import { useDataset } from '@/dataset/useDataset';
import { formatCount } from '@/derive/format';
import { layoutTimeline } from '@/derive/layoutTimeline';
import { formatPartialDate } from '@/derive/partialDate';
import { pickById } from '@/derive/pickById';
import { createTimelineInput, LEAVES_LANE, STAYS_LANE } from './createTimelineInput';
import { TimelineChart } from './TimelineChart';
import { TimelineEventList } from './TimelineEventList';
import { TimelineStepPanel } from './TimelineStepPanel';

export interface TimelineProps {
  /** The current event's id (the URL's `step`); unknown ids fall back to the first event. */
  step: string | null;
  onStepChange: (eventId: string) => void;
  /** A union abbreviation: the events that name it are marked. */
  highlight: string | null;
  /** Draw larger than laid out (1.85 in the present theme). */
  zoom?: number;
}

/** Below this the timeline keeps its width and scrolls inside its frame; the page never does. */
const MIN_WIDTH = 720;

/** 1975–2019: lanes for the organisations, the 1989 fork as two branches, and membership on the same axis. */
export const Timeline = memo(function Timeline({ step, onStepChange, highlight, zoom = 1 }: TimelineProps) {
  const derived = useDataset();
  const { events, series, sourcesById, dataset } = derived;
  const [wrapperRef, { width }] = useElementSize<HTMLDivElement>({ width: 960, height: 0 });
  const [tooltipFor, setTooltipFor] = useState<string | null>(null);
  const captionId = useId();
  const tooltipId = useId();
  const chartWidth = Math.max(Math.floor(width / zoom), MIN_WIDTH);
  // Narrower than the chart's minimum: it scrolls inside its frame, which keyboards must reach.
  const scrollsSideways = width < MIN_WIDTH * zoom;
  const layout = useMemo(() => layoutTimeline(createTimelineInput(derived, chartWidth)), [derived, chartWidth]);
  const currentIndex = Math.max(0, events.findIndex((event) => event.id === step));
  const forkEvent = events.find((event) => event.dispute !== undefined);
  const currentX = layout.events.find((event) => event.id === events[currentIndex]?.id)?.x;

  // Where the timeline scrolls inside its frame (narrow screens), keep the current event in view.
  // Wide frames do not scroll, and are not asked for their layout (that would force one while hydrating).
  useEffect(() => {
    const frame = wrapperRef.current;
    if (!scrollsSideways || frame === null || currentX === undefined) return;
    frame.scrollLeft = (currentX + layout.margin.left) * zoom - frame.clientWidth / 2;
  }, [wrapperRef, scrollsSideways, currentX, layout.margin.left, zoom]);

  const orgs = useMemo(() => new Map(dataset.organisations.map((org) => [org.id, org])), [dataset]);
  const eventNames = useMemo(
    () => new Map(events.map((event) => [event.id, `${formatPartialDate(event.date)}: ${event.title}`])),
    [events],
  );
  const branchNames = useMemo(() => {
    const lane = (id: string) => layout.lanes.find((l) => l.id === id)?.label ?? id;
    return new Map([
      [STAYS_LANE, `Branch: ${lane(STAYS_LANE)}, from ${formatPartialDate(orgs.get('zenroren')?.start ?? { date: '1989', precision: 'year' })}`],
      [LEAVES_LANE, `Branch (disputed): ${lane(LEAVES_LANE)}, from ${formatPartialDate(orgs.get(LEAVES_LANE)?.start ?? { date: '1989', precision: 'year' })}`],
    ]);
  }, [layout.lanes, orgs]);
  const pointLabels = useMemo(
    () =>
      new Map(
        series.map((point) => [
          point.date.date,
          {
            value: formatCount(point.value),
            title: `${formatPartialDate(point.date)}: ${formatCount(point.value)} members. Source: ${pickById(point.sources, sourcesById)
              .map((source) => source.title)
              .join('; ')}`,
          },
        ]),
      ),
    [series, sourcesById],
  );
  const highlighted = useMemo(
    () => new Set(events.filter((event) => highlight !== null && event.unions?.includes(highlight)).map((event) => event.id)),
    [events, highlight],
  );
  const details = useCallback(
    (event: HistoryEvent) =>
      event.id === events.at(-1)?.id && dataset.affiliatesToday.length > 0
        ? [`Largest affiliates today: ${dataset.affiliatesToday.map((affiliate) => affiliate.nameEn).join('; ')}.`]
        : [],
    [events, dataset.affiliatesToday],
  );
  const onStep = useCallback(
    (index: number) => {
      const event = events[index];
      if (event !== undefined) onStepChange(event.id);
    },
    [events, onStepChange],
  );

  const tipEvent = events.find((event) => event.id === tooltipFor);
  const tipPlacedEvent = layout.events.find((event) => event.id === tooltipFor);
  const tipBranch = layout.branches.find((branch) => branch.id === tooltipFor);
  const tipX = (layout.margin.left + (tipPlacedEvent?.x ?? tipBranch?.end.x ?? 0) + 12) * zoom;
  const tipY = (layout.margin.top + (tipPlacedEvent?.y ?? tipBranch?.end.y ?? 0) + 14) * zoom;
  const sourceIds = [...new Set([...events.flatMap((e) => e.sources), ...series.flatMap((p) => p.sources), ...dataset.organisations.flatMap((o) => o.sources)])];
  const caption = `Timeline of ${dataset.federation.shortName.en}, 1975–2019: the 1989 fork and membership`;

  return (
    <div className="timeline-view" data-view-ready>
      <figure className="timeline-figure" aria-labelledby={captionId}>
        <figcaption id={captionId}>{caption}</figcaption>
        <div
          className="timeline-scroll"
          ref={wrapperRef}
          tabIndex={scrollsSideways ? 0 : undefined}
          role={scrollsSideways ? 'group' : undefined}
          aria-label={scrollsSideways ? 'Timeline, scrolls sideways' : undefined}
        >
          <TimelineChart
            layout={layout}
            title={caption}
            eventNames={eventNames}
            branchNames={branchNames}
            pointLabels={pointLabels}
            currentIndex={currentIndex}
            highlighted={highlighted}
            tooltipId={tipEvent !== undefined || tipBranch !== undefined ? tooltipId : null}
            tooltipFor={tooltipFor}
            onStep={onStep}
            onTooltip={setTooltipFor}
            zoom={zoom}
          />
          {(tipEvent !== undefined || tipBranch !== undefined) && (
            <ChartTooltip id={tooltipId} x={tipX} y={tipY} containerWidth={chartWidth * zoom}>
              {tipEvent !== undefined ? (
                <>
                  <strong>{formatPartialDate(tipEvent.date)}</strong>: {tipEvent.title}
                  <br />
                  {tipEvent.text}
                  <br />
                  <span className="chart-tooltip__source">
                    Source: {pickById(tipEvent.sources, sourcesById).map((source) => source.title).join('; ')}
                  </span>
                </>
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
              )}
            </ChartTooltip>
          )}
        </div>
        <ul className="timeline-legend" aria-label="Legend">
          <li className="timeline-legend__stays">Solid: {dataset.federation.shortName.en}</li>
          <li className="timeline-legend__leaves">Dashed: the Japan Central Federation (Kokko Soren); its origin is disputed</li>
          <li className="timeline-legend__gap">Dotted: joins known membership figures; nothing is known between them</li>
        </ul>
        {forkEvent?.dispute !== undefined && (
          <p className="timeline-fork-note">
            <strong>On the fork:</strong> {forkEvent.dispute.summary}{' '}
            {forkEvent.dispute.claims.map((claim) => `${sourcesById.get(claim.source)?.title ?? claim.source}: ${claim.says}`).join(' ')}
          </p>
        )}
        <SourceLine sources={pickById(sourceIds, sourcesById)} />
      </figure>
      <TimelineStepPanel events={events} currentIndex={currentIndex} onStep={onStep} details={details} />
      <TimelineEventList events={events} sourcesById={sourcesById} />
    </div>
  );
});
