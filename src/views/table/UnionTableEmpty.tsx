interface UnionTableEmptyProps {
  /** The dataset lists no founding union at all: there is no filter to blame. */
  listsNone: boolean;
  query: string;
  columnCount: number;
  onClear: () => void;
}

/**
 * The table body when no row is shown: what the filter asked, and a way back, across every column;
 * or, for a dataset without founding unions, that it lists none.
 */
export function UnionTableEmpty({ listsNone, query, columnCount, onClear }: UnionTableEmptyProps) {
  if (listsNone) {
    return (
      <tbody>
        <tr>
          <td colSpan={columnCount} className="empty-state">
            <p>This dataset lists no founding unions.</p>
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      <tr>
        <td colSpan={columnCount} className="empty-state">
          <p>{query.trim() === '' ? 'No union matches this filter.' : `No union matches “${query}”.`}</p>
          <button type="button" className="button" onClick={onClear}>
            Clear the filter
          </button>
        </td>
      </tr>
    </tbody>
  );
}
