import { flexRender, type Table } from '@tanstack/react-table';
import type { UnionRow } from '@/dataset/createDerivedDataset';
import type { unionTableFeatures } from './unionTableFeatures';

/** The known total of the rows shown: each column's `footer` from its definition, an empty cell where it has none. */
export function UnionTableFooter({ table }: { table: Table<typeof unionTableFeatures, UnionRow> }) {
  return (
    <tfoot>
      {table.getFooterGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((footer) => {
            const { meta } = footer.column.columnDef;
            const content = flexRender(footer.column.columnDef.footer, footer.getContext());
            return meta?.rowHeader === true ? (
              <th key={footer.id} scope="row">
                {content}
              </th>
            ) : (
              <td key={footer.id} className={meta?.numeric === true ? 'numeric' : undefined}>
                {content}
              </td>
            );
          })}
        </tr>
      ))}
    </tfoot>
  );
}
