import type { UnionRow } from '@/dataset/createDerivedDataset';
import { formatCount, formatShare } from '@/derive/format';

/** The chart's data as a table, for screen readers and for anyone who wants the numbers. */
export function MembershipDataTable({ unions, asOf }: { unions: readonly UnionRow[]; asOf: string }) {
  return (
    <details className="chart-data">
      <summary>Show data</summary>
      <table>
        <caption>{asOf} membership by union, as charted</caption>
        <thead>
          <tr>
            <th scope="col">Union</th>
            <th scope="col" className="numeric">
              Members, {asOf}
            </th>
            <th scope="col" className="numeric">
              Share of known total
            </th>
          </tr>
        </thead>
        <tbody>
          {unions.map((union) => (
            <tr key={union.abbreviation}>
              <th scope="row">{union.abbreviation}</th>
              {/* The figure itself, for exports that need the number (a chart in a slide file). */}
              <td className="numeric" data-value={union.members ?? ''}>
                {union.members === null ? 'unknown' : formatCount(union.members)}
              </td>
              <td className="numeric">{union.share === null ? 'unknown' : formatShare(union.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
