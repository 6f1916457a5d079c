import { memo } from 'react';
import { Text } from '@/charts/Text';
import { useDataset } from '@/dataset/useDataset';
import { formatCount, formatCountOf } from '@/derive/format';
import { formatPartialDate } from '@/derive/partialDate';
import { PAGES, VIEW_NAMES } from './pages';

/** What the unions' known figures add up to, said right for none, one and many unions. */
function describeKnown(knownCount: number, knownTotal: number): string {
  if (knownCount === 0) return 'no union’s membership is known';
  if (knownCount === 1) return `the one union whose figure is known had ${formatCountOf(knownTotal, 'member')}`;
  return `the ${formatCount(knownCount)} unions whose figures are known had ${formatCount(knownTotal)} members between them`;
}

/** The federation's names and a one-paragraph introduction, every figure from the dataset. */
export const SiteHeader = memo(function SiteHeader() {
  const { dataset, series, summary, membersDateLabel } = useDataset();
  const unionCount = dataset.foundingUnions.length;
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
        <Text>{federation.description}</Text> Founded on {formatPartialDate(federation.founded)}.{' '}
        <Text>{federation.foundedHow}</Text> It began with{' '}
        {unionCount === 0 ? 'unions this dataset does not list' : formatCountOf(unionCount, 'union')}
        {first !== undefined && ` and ${formatCountOf(first.value, 'member')}`}
        {unionCount > 0 && `; in ${membersDateLabel} ${describeKnown(summary.knownCount, summary.knownTotal)}`}
        {last !== undefined &&
          last !== first &&
          `, and by ${formatPartialDate(last.date)} it had ${formatCountOf(last.value, 'member')}`}
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
