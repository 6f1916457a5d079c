import { Suspense, useCallback, useId, useMemo } from 'react';
import { useTable, type Row, type SortingState, type Updater } from '@tanstack/react-table';
import { createRetryableLazy } from '@/charts/createRetryableLazy';
import { downloadFile } from '@/charts/downloadFile';
import { LoadBoundary } from '@/charts/LoadBoundary';
import { SourceLine } from '@/charts/SourceLine';
import { useHydrated } from '@/charts/useHydrated';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import { useDataset } from '@/dataset/useDataset';
import { NO_FILTER, type UnionFilter } from '@/derive/filterUnions';
import { createUnionsCsv } from '@/derive/createUnionsCsv';
import { formatCount, formatCountOf } from '@/derive/format';
import { pickById } from '@/derive/pickById';
import { slugify } from '@/derive/slugify';
import { describeSorting } from './describeSorting';
import { SortHeader } from './SortHeader';
import { createUnionColumns, toColumnFilters } from './unionColumns';
import { UnionPinContext } from './UnionPinContext';
import { UnionTableEmpty } from './UnionTableEmpty';
import { UnionTableFooter } from './UnionTableFooter';
import { UnionTableRow } from './UnionTableRow';
import { UnionTableToolbar } from './UnionTableToolbar';
import { unionTableFeatures } from './unionTableFeatures';

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

/** The founding unions: sortable (multi-column), filterable, exportable, linked to the other views. */
export function FoundingUnionsTable(props: FoundingUnionsTableProps) {
  const hydrated = useHydrated();
  const { filter, onFilterChange, sorting, onSortingChange, highlight, pinned, onHover, onPinToggle } = props;
  const { unions, dataset, sourcesById, membersDateLabel } = useDataset();
  const columns = useMemo(() => createUnionColumns(membersDateLabel), [membersDateLabel]);
  const captionId = useId();
  const hintId = useId();

  const handleSortingChange = useCallback(
    (updater: Updater<SortingState>) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    [onSortingChange, sorting],
  );
  const columnFilters = useMemo(() => toColumnFilters(filter), [filter]);
  // TanStack filters, then sorts, the rows; the filter and the sort live in the URL (useExplorerState).
  const table = useTable({
    features: unionTableFeatures,
    columns,
    data: unions,
    getRowId: (union) => union.abbreviation,
    state: { sorting, columnFilters },
    onSortingChange: handleSortingChange,
  });
  const rows = table.getRowModel().rows;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const labelOf = (id: string) => String(table.getColumn(id)?.columnDef.header ?? id);
  const isNumeric = (id: string) => table.getColumn(id)?.columnDef.meta?.numeric === true;
  const count = `${formatCount(rows.length)} of ${formatCountOf(unions.length, 'union')}.`;
  const status = `${count} ${describeSorting(sorting, labelOf, isNumeric)}`;
  const sources = useMemo(
    () =>
      pickById(
        [
          ...new Set(
            unions.flatMap((union) => [
              ...union.sources,
              ...union.nameJaSources,
              ...union.today.flatMap((affiliate) => [...affiliate.sources, ...affiliate.nameJaSources]),
            ]),
          ),
        ],
        sourcesById,
      ),
    [unions, sourcesById],
  );
  const pin = useMemo(() => ({ pinned, onPinToggle, hintId }), [pinned, onPinToggle, hintId]);

  const download = () => {
    const slug = slugify(dataset.federation.shortName.en) || 'federation';
    const part = rows.length === unions.length ? '' : `-${rows.length}-of-${unions.length}`;
    const asOf = slugify(dataset.membersAsOf.date);
    const csv = createUnionsCsv(
      rows.map((row) => row.original),
      asOf,
    );
    downloadFile(`${slug}-founding-unions-${asOf}-membership${part}.csv`, csv, 'text/csv;charset=utf-8');
  };
  // Virtualised rows (those with a rowIndex) are keyed by position: a sort of thousands rewrites the
  // few drawn rows instead of replacing them. The usual 15 move as themselves.
  const renderRow = (
    row: Row<typeof unionTableFeatures, UnionRow>,
    rowIndex?: number,
    measureRef?: (element: HTMLTableRowElement | null) => void,
  ) => (
    <UnionTableRow
      key={rowIndex ?? row.id}
      row={row}
      highlighted={highlight === row.id}
      onHover={onHover}
      rowIndex={rowIndex}
      measureRef={measureRef}
    />
  );
  const virtual = rows.length > VIRTUALISE_ABOVE;

  return (
    <UnionPinContext value={pin}>
      <div className="table-view" data-view-ready={hydrated ? '' : undefined}>
        <UnionTableToolbar filter={filter} onFilterChange={onFilterChange} status={status} onDownload={download} />
        <p id={hintId} hidden>
          Press to keep this union highlighted in every view.
        </p>
        {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={captionId}>
          <table aria-rowcount={virtual ? rows.length + 2 : undefined}>
            {/* The section heading titles the table on screen; the caption names it for screen readers. */}
            <caption id={captionId} className="visually-hidden">
              Founding unions and their {membersDateLabel} membership
            </caption>
            <colgroup>
              {headers.map((header) => (
                <col key={header.id} className={`col-${header.column.id}`} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {headers.map((header) => (
                  <SortHeader key={header.id} header={header} sortCount={sorting.length} />
                ))}
              </tr>
            </thead>
            {rows.length === 0 ? (
              <UnionTableEmpty
                listsNone={unions.length === 0}
                query={filter.query}
                columnCount={headers.length}
                onClear={() => onFilterChange(NO_FILTER)}
              />
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
                <Suspense fallback={<tbody>{rows.slice(0, 40).map((row, index) => renderRow(row, index + 2))}</tbody>}>
                  <virtualRows.Component rows={rows} columnCount={headers.length} renderRow={renderRow} />
                </Suspense>
              </LoadBoundary>
            ) : (
              <tbody>{rows.map((row) => renderRow(row))}</tbody>
            )}
            <UnionTableFooter table={table} />
          </table>
        </div>
        <SourceLine sources={sources} />
      </div>
    </UnionPinContext>
  );
}
