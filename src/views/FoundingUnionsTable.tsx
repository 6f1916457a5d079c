import { useDataset } from '@/dataset/useDataset';
import { SourceLine } from '@/charts/SourceLine';
import { formatCount, formatShare } from '@/derive/format';
import { pickById } from '@/derive/pickById';

/** The 15 founding unions with their 1980 membership, as a plain table. */
export function FoundingUnionsTable() {
  const { unions, summary1980, sourcesById } = useDataset();
  const sourceIds = [...new Set(unions.flatMap((u) => [...u.sources, ...u.nameJaSources]))];
  return (
    <div className="table-view" data-view-ready>
      {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="founding-unions-caption">
        <table>
          <caption id="founding-unions-caption">Founding unions of Kokko Roren and their membership in 1980</caption>
          <thead>
            <tr>
              <th scope="col">Union</th>
              <th scope="col">English name</th>
              <th scope="col" className="numeric">Members, 1980</th>
              <th scope="col" className="numeric">Share of known total</th>
              <th scope="col">Today</th>
            </tr>
          </thead>
          <tbody>
            {unions.map((union) => (
              <tr key={union.abbreviation}>
                <th scope="row">
                  {union.abbreviation}
                  {union.nameJa !== null && <span className="name-ja" lang="ja">{union.nameJa}</span>}
                </th>
                <td>{union.nameEn ?? <span className="muted">name not recorded</span>}</td>
                <td className="numeric">
                  {union.members1980 === null ? <span className="muted">unknown</span> : formatCount(union.members1980)}
                </td>
                <td className="numeric">{union.share === null ? <span className="muted">—</span> : formatShare(union.share)}</td>
                <td>{union.today.map((a) => a.nameEn).join('; ')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Known total</th>
              <td />
              <td className="numeric">{formatCount(summary1980.knownTotal)}</td>
              <td colSpan={2}>
                {summary1980.knownCount} of {summary1980.count} unions known
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <SourceLine sources={pickById(sourceIds, sourcesById)} />
    </div>
  );
}
