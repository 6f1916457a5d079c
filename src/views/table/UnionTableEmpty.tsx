interface UnionTableEmptyProps {
  query: string;
  columnCount: number;
  onClear: () => void;
}

/** The table body when the filter keeps no union: what was asked, and a way back, across every column. */
export function UnionTableEmpty({ query, columnCount, onClear }: UnionTableEmptyProps) {
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
