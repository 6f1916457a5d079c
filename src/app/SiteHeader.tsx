import { memo } from 'react';
import { useDataset } from '@/dataset/useDataset';
import { formatCount } from '@/derive/format';
import { formatPartialDate } from '@/derive/partialDate';
import { PAGES, VIEW_NAMES } from './pages';

/** The federation's names and a one-paragraph introduction, every figure from the dataset. */
export const SiteHeader = memo(function SiteHeader() {
  const { dataset, series, summary1980 } = useDataset();
  const { federation } = dataset;
  const first = series[0];
  const last = series.at(-1);
  return (
    <header className="site-header">
      <p className="eyebrow">
        {federation.shortName.en} · <span lang="ja">{federation.shortName.ja}</span>
      </p>
      <h1>
        {federation.name.en}
        <span className="title-ja" lang="ja">
          {federation.name.ja}
        </span>
      </h1>
      <p className="intro">
        {federation.description} Founded on {formatPartialDate(federation.founded)}. {federation.foundedHow} It began
        with {dataset.foundingUnions.length} unions
        {first !== undefined && ` and ${formatCount(first.value)} members`}; in 1980 the {summary1980.knownCount} unions
        whose figures are known had {formatCount(summary1980.knownTotal)} members between them
        {last !== undefined &&
          last !== first &&
          `, and by ${formatPartialDate(last.date)} it had ${formatCount(last.value)}`}
        .
      </p>
      <nav aria-label="Views" className="view-nav">
        {VIEW_NAMES.map((view) => (
          <a key={view} href={`#${view}`}>
            {PAGES[view].title}
          </a>
        ))}
      </nav>
    </header>
  );
});
