import { Suspense, useCallback, useId, useMemo } from 'react';
import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { createRetryableLazy } from '@/charts/createRetryableLazy';
import { downloadFile } from '@/charts/downloadFile';
import { LoadBoundary } from '@/charts/LoadBoundary';
import { SourceLine } from '@/charts/SourceLine';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { useDataset } from '@/dataset/useDataset';
import { createUnionFilter, NO_FILTER, type UnionFilter } from '@/derive/filterUnions';
import { createUnionsCsv } from '@/derive/createUnionsCsv';
import { formatCount } from '@/derive/format';
import { pickById } from '@/derive/pickById';
import { summariseMembership } from '@/derive/summariseMembership';
import { sortUnions } from '@/derive/unionSortKeys';
import { describeSorting } from './describeSorting';
import { SortHeader } from './SortHeader';
import { NUMERIC_COLUMNS, unionColumns, unionTableFeatures } from './unionColumns';
import { UnionTableRow } from './UnionTableRow';
import { UnionTableToolbar } from './UnionTableToolbar';

export interface FoundingUnionsTableProps {
  filter: UnionFilter;
  onFilterChange: (filter: UnionFilter) => void;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  /** The union emphasised in every view (hovered, focused or pinned), if any. */
  highlight: string | null;
  /** The union pinned by a click (the URL's `highlight`), if any. */
  pinned: string | null;
  onHover: (abbreviation: string | null) => void;
  onPinToggle: (abbreviation: string) => void;
}

/** Past this many rows only those near the viewport are drawn. */
const VIRTUALISE_ABOVE = 200;
// Loaded only for a dataset that large, so the usual 15 unions never download the virtualiser.
const virtualRows = createRetryableLazy(
  () => import('./VirtualUnionRows'),
  (module) => module.VirtualUnionRows,
);
const getKnownMembers = (union: UnionRow) => union.members1980;

/** The founding unions: sortable (multi-column), filterable, exportable, linked to the other views. */
export function FoundingUnionsTable(props: FoundingUnionsTableProps) {
  const { filter, onFilterChange, sorting, onSortingChange, highlight, pinned, onHover, onPinToggle } = props;
  const { unions, dataset, sourcesById } = useDataset();
  const captionId = useId();
  const pinHintId = useId();

  const handleSortingChange = useCallback(
    (updater: Updater<SortingState>) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    [onSortingChange, sorting],
  );
  // TanStack keeps the sort state and its headers (toggling, multi-sort, aria-sort); the rows are
  // sorted here by sortUnions, the function the chart follows the table with, over numeric keys.
  // That one plain sort is a few milliseconds for 10,000 unions where TanStack's generic row model
  // took several times as long. The filter then runs over the sorted unions, so a keystroke costs
  // one pass over them, not a sort.
  const table = useTable({
    features: unionTableFeatures,
    columns: unionColumns,
    data: unions,
    getRowId: (union) => union.abbreviation,
    state: { sorting },
    onSortingChange: handleSortingChange,
    manualSorting: true,
  });
  const matches = useMemo(() => createUnionFilter(filter), [filter]);
  const sortedUnions = useMemo(() => sortUnions(unions, sorting), [unions, sorting]);
  const rows = useMemo(() => sortedUnions.filter(matches), [sortedUnions, matches]);
  // Which unions are shown does not depend on their order: the total is summed again on a
  // keystroke, not on a sort.
  const shown = useMemo(() => summariseMembership(unions.filter(matches), getKnownMembers), [unions, matches]);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const labelOf = (id: string) => String(table.getColumn(id)?.columnDef.header ?? id);
  const status = `${formatCount(rows.length)} of ${formatCount(unions.length)} unions. ${describeSorting(sorting, labelOf, (id) => NUMERIC_COLUMNS.has(id))}`;
  const sources = useMemo(
    () => pickById([...new Set(unions.flatMap((union) => [...union.sources, ...union.nameJaSources]))], sourcesById),
    [unions, sourcesById],
  );

  const download = () => {
    const slug = dataset.federation.shortName.en.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-');
    const part = rows.length === unions.length ? '' : `-${rows.length}-of-${unions.length}`;
    downloadFile(`${slug}-founding-unions-1980-membership${part}.csv`, createUnionsCsv(rows), 'text/csv;charset=utf-8');
  };
  // Virtualised rows (those with a rowIndex) are keyed by position: a sort of thousands rewrites the
  // few drawn rows instead of replacing them. The usual 15 move as themselves.
  const renderRow = (union: UnionRow, rowIndex?: number, measureRef?: (element: HTMLTableRowElement | null) => void) => (
    <UnionTableRow
      key={rowIndex ?? union.abbreviation}
      union={union}
      highlighted={highlight === union.abbreviation}
      pinned={pinned === union.abbreviation}
      pinHintId={pinHintId}
      onHover={onHover}
      onPinToggle={onPinToggle}
      rowIndex={rowIndex}
      measureRef={measureRef}
    />
  );
  const virtual = rows.length > VIRTUALISE_ABOVE;

  return (
    <div className="table-view" data-view-ready>
      <UnionTableToolbar filter={filter} onFilterChange={onFilterChange} status={status} onDownload={download} />
      <p id={pinHintId} hidden>
        Press to keep this union highlighted in every view.
      </p>
      {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={captionId}>
        <table aria-rowcount={virtual ? rows.length + 2 : undefined}>
          {/* The section heading titles the table on screen; the caption names it for screen readers. */}
          <caption id={captionId} className="visually-hidden">
            Founding unions and their 1980 membership
          </caption>
          <colgroup>
            {headers.map((header) => (
              <col key={header.id} className={`col-${header.column.id}`} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {headers.map((header) => (
                <SortHeader
                  key={header.id}
                  header={header}
                  label={labelOf(header.column.id)}
                  numeric={NUMERIC_COLUMNS.has(header.column.id)}
                  sortCount={sorting.length}
                />
              ))}
            </tr>
          </thead>
          {rows.length === 0 ? (
            <tbody>
              <tr>
                <td colSpan={headers.length} className="empty-state">
                  <p>{filter.query.trim() === '' ? 'No union matches this filter.' : `No union matches “${filter.query}”.`}</p>
                  <button type="button" className="button" onClick={() => onFilterChange(NO_FILTER)}>
                    Clear the filter
                  </button>
                </td>
              </tr>
            </tbody>
          ) : virtual ? (
            <LoadBoundary
              what="the list of rows"
              onRetry={virtualRows.retry}
              wrapMessage={(message) => (
                <tbody>
                  <tr>
                    <td colSpan={headers.length}>{message}</td>
                  </tr>
                </tbody>
              )}
            >
              <Suspense fallback={<tbody>{rows.slice(0, 40).map((union, index) => renderRow(union, index + 2))}</tbody>}>
                <virtualRows.Component unions={rows} columnCount={headers.length} renderRow={renderRow} />
              </Suspense>
            </LoadBoundary>
          ) : (
            <tbody>{rows.map((union) => renderRow(union))}</tbody>
          )}
          <tfoot>
            <tr>
              <th scope="row">Known total</th>
              <td>
                {shown.knownCount} of {shown.count} known
              </td>
              <td className="numeric">{shown.knownCount === 0 ? 'none known' : formatCount(shown.knownTotal)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      <SourceLine sources={sources} />
    </div>
  );
}
