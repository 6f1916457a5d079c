import type { Affiliate, Source } from '@/dataset/datasetSchema';
import { SourceTitles } from '@/charts/SourceTitles';
import { AffiliateName } from '@/charts/AffiliateName';
import { Text } from '@/charts/Text';

interface AffiliatesTodayProps {
  affiliates: readonly Affiliate[];
  /** What the list is and is not (its date, whether it is complete). */
  note: string | undefined;
  sourcesById: ReadonlyMap<string, Source>;
}

/** Today's largest affiliates, each with its Japanese name and note, after the timeline's last event. */
export function AffiliatesToday({ affiliates, note, sourcesById }: AffiliatesTodayProps) {
  // What the names are cited to: here, beside them, not in the timeline's own source line.
  const ids = [...new Set(affiliates.flatMap((affiliate) => [...affiliate.sources, ...affiliate.nameJaSources]))];
  return (
    <div className="affiliates-today">
      <p className="affiliates-today__lead">Largest affiliates today:</p>{' '}
      <ul className="affiliates-today__list">
        {affiliates.map((affiliate) => (
          <li key={affiliate.id}>
            <AffiliateName affiliate={affiliate} />
          </li>
        ))}
      </ul>
      <p className="affiliates-today__note">
        {note !== undefined && (
          <>
            <Text>{note}</Text>{' '}
          </>
        )}
        (Sources: <SourceTitles ids={ids} sourcesById={sourcesById} />)
      </p>
    </div>
  );
}
