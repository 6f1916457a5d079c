import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { ChartTooltip } from '@/charts/ChartTooltip';
import { SourceLine } from '@/charts/SourceLine';
import { fontScale } from '@/charts/fontScale';
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

/** The scrolling frame's side padding (the stylesheet's .timeline-scroll), where labels at the axis's ends run. */
const PADDING = 16;

export interface TimelineProps {
  /** The current event's id (the URL's `step`); unknown ids fall back to the first event. */
  step: string | null;
  onStepChange: (eventId: string) => void;
  /** A union abbreviation: the events that name it are marked. */
  highlight: string | null;
}

/** 1975–2019: lanes for the organisations, the 1989 fork as two branches, and membership on the same axis. */
export const Timeline = memo(function Timeline({ step, onStepChange, highlight }: TimelineProps) {
  const derived = useDataset();
  const { events, series, sourcesById, dataset } = derived;
  // Measured to place the tooltip and to know whether the frame scrolls; the chart itself is
  // sized by the browser, at least layout.minWidth wide (narrower frames scroll sideways).
  const [wrapperRef, { width }] = useElementSize<HTMLDivElement>({ width: 960, height: 0 });
  const [scale, setScale] = useState(1);
  const [tooltipFor, setTooltipFor] = useState<string | null>(null);
  const captionId = useId();
  const tooltipId = useId();
  const layout = useMemo(() => layoutTimeline(createTimelineInput(derived)), [derived]);
  // Narrower than the chart's minimum: it scrolls inside its frame, which keyboards must reach.
  const scrollsSideways = width < layout.minWidth * scale + PADDING * 2;
  const axisWidth = Math.max(width - PADDING * 2, layout.minWidth * scale);
  const currentIndex = Math.max(0, events.findIndex((event) => event.id === step));
  const forkEvent = events.find((event) => event.dispute !== undefined);
  const currentX = layout.events.find((event) => event.id === events[currentIndex]?.id)?.x;

  // Where the timeline scrolls inside its frame (narrow screens), keep the current event in view.
  // Wide frames do not scroll, and are not asked for their layout (that would force one while hydrating).
  useEffect(() => {
    const frame = wrapperRef.current;
    if (!scrollsSideways || frame === null || currentX === undefined) return;
    frame.scrollLeft = PADDING + currentX * (frame.scrollWidth - PADDING * 2) - frame.clientWidth / 2;
  }, [wrapperRef, scrollsSideways, currentX]);

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
  const tipX = PADDING + (tipPlacedEvent?.x ?? tipBranch?.end.x ?? 0) * axisWidth + 12;
  const tipY = (layout.margin.top + (tipPlacedEvent?.y ?? tipBranch?.end.y ?? 0) + 14) * scale;
  const onTooltip = useCallback(
    (id: string | null) => {
      if (id !== null) setScale(fontScale(wrapperRef.current));
      setTooltipFor(id);
    },
    [wrapperRef],
  );
  const sourceIds = [...new Set([...events.flatMap((e) => e.sources), ...series.flatMap((p) => p.sources), ...dataset.organisations.flatMap((o) => o.sources)])];
  const caption = `Timeline of ${dataset.federation.shortName.en}, 1975–2019: the 1989 fork and membership`;

  return (
    <div className="timeline-view" data-view-ready>
      <figure className="timeline-figure" aria-labelledby={captionId}>
        <figcaption id={captionId}>{caption}</figcaption>
        <div
          className="timeline-scroll"
          data-export-frame
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
            onTooltip={onTooltip}
          />
          {(tipEvent !== undefined || tipBranch !== undefined) && (
            <ChartTooltip id={tooltipId} x={tipX} y={tipY} containerWidth={axisWidth + PADDING * 2}>
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
