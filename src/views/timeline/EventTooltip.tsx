import type { HistoryEvent } from '@/dataset/datasetSchema';
import { SourceTitles } from '@/charts/SourceTitles';
import { Text } from '@/charts/Text';
import { useDataset } from '@/dataset/useDataset';
import { formatPartialDate } from '@/derive/partialDate';

/** What the tooltip says about a timeline event: its date, title, text and sources. */
export function EventTooltip({ event }: { event: HistoryEvent }) {
  const { sourcesById } = useDataset();
  return (
    <>
      <strong>{formatPartialDate(event.date)}</strong>: <Text>{event.title}</Text>
      <br />
      <Text>{event.text}</Text>
      <br />
      <span className="chart-tooltip__source">
        Source: <SourceTitles ids={event.sources} sourcesById={sourcesById} />
      </span>
    </>
  );
}
