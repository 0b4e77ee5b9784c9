import Table, { type TableProps } from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';

type BorderedTableProps = Omit<TableProps, 'stickyHeader'> & {
  /** Beyond this height the rows scroll under a header that stays in view. */
  readonly maxHeight?: number;
};

/** A table set apart in a thin frame inside a page or dialog, e.g. a file's rows or a sample of a plan. */
export function BorderedTable({ maxHeight, children, ...props }: BorderedTableProps) {
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight }}>
      <Table {...props} stickyHeader={maxHeight !== undefined}>
        {children}
      </Table>
    </TableContainer>
  );
}
