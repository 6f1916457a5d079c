import { memo } from 'react';
import { useDataset } from '@/dataset/useDataset';
import { formatCountOf } from '@/derive/format';
import { DatasetLoader } from './DatasetLoader';

const PRIMARY_SOURCE_ID = 'enwiki-kokko-roren';

/** Credits: the Wikipedia article the app is built on (CC BY-SA), then every other source. */
export const SiteFooter = memo(function SiteFooter() {
  const { dataset, sourcesById } = useDataset();
  const primary = sourcesById.get(PRIMARY_SOURCE_ID);
  const others = dataset.sources.filter((source) => source.id !== PRIMARY_SOURCE_ID);
  return (
    <footer className="site-footer">
      <h2>Sources and credits</h2>
      {primary !== undefined && (
        <p>
          Based on the English Wikipedia article{' '}
          {primary.url === null ? (
            <cite>{primary.title}</cite>
          ) : (
            <a href={primary.url}>
              <cite>{primary.title}</cite>
            </a>
          )}
          , whose text is available under the{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/">
            Creative Commons Attribution-ShareAlike 4.0 licence
          </a>
          . Figures and names are used as it gives them; where other sources disagree, the views say so.
        </p>
      )}
      <details>
        <summary>All {formatCountOf(dataset.sources.length, 'source')}</summary>
        <ul className="source-list">
          {others.map((source) => (
            <li key={source.id}>
              {source.url === null ? (
                <cite>{source.title}</cite>
              ) : (
                <a href={source.url}>
                  <cite>{source.title}</cite>
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
