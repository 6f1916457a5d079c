import { memo } from 'react';
import { Text } from '@/charts/Text';
import { useDataset } from '@/dataset/useDataset';
import { formatCountOf } from '@/derive/format';
import { LICENCES } from '@/charts/licences';
import { DatasetLoader } from './DatasetLoader';

/** Credits: the work the dataset is built on (its federation's first source) and its licence, then every other source. */
export const SiteFooter = memo(function SiteFooter() {
  const { dataset, sourcesById } = useDataset();
  const primaryId = dataset.federation.sources[0];
  const primary = primaryId === undefined ? undefined : sourcesById.get(primaryId);
  const licenceName = primary?.licence ?? null;
  const licence = licenceName === null ? undefined : (LICENCES[licenceName] ?? { name: licenceName, url: null });
  const others = dataset.sources.filter((source) => source.id !== primaryId);
  return (
    <footer className="site-footer">
      <h2>Sources and credits</h2>
      {primary !== undefined && (
        <p>
          Based on{' '}
          {primary.url === null ? (
            <cite>
              <Text>{primary.title}</Text>
            </cite>
          ) : (
            <a href={primary.url}>
              <cite>
                <Text>{primary.title}</Text>
              </cite>
            </a>
          )}
          {licence !== undefined && (
            <>
              , whose text is available under the{' '}
              {licence.url === null ? licence.name : <a href={licence.url}>{licence.name}</a>}
            </>
          )}
          . Figures and names are used as it gives them; where other sources disagree, the views say so.
        </p>
      )}
      <details>
        <summary>
          {primary === undefined ? 'All' : 'The other'} {formatCountOf(others.length, 'source')}
        </summary>
        <ul className="source-list">
          {others.map((source) => (
            <li key={source.id}>
              {source.url === null ? (
                <cite>
                  <Text>{source.title}</Text>
                </cite>
              ) : (
                <a href={source.url}>
                  <cite>
                    <Text>{source.title}</Text>
                  </cite>
                </a>
              )}
              {source.locator !== undefined && ` (${source.locator})`}
              {source.licence !== null && `, ${source.licence}`}
            </li>
          ))}
        </ul>
      </details>
      <DatasetLoader />
    </footer>
  );
});
