import TablePagination from '@mui/material/TablePagination';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';

export const PAGE_SIZES = [25, 50, 100] as const;

export interface Paging {
  readonly page: number;
  readonly pageSize: number;
  readonly onPageChange: (page: number) => void;
  readonly onPageSizeChange: (pageSize: number) => void;
}

/** Paging kept on the page itself (not in the address); another page size starts again at the first page. */
export function usePaging(): Paging {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[1]);
  return {
    page,
    pageSize,
    onPageChange: setPage,
    onPageSizeChange: (size) => {
      setPageSize(size);
      setPage(0);
    },
  };
}

type ListPaginationProps = Paging & { readonly count: number };

/** TablePagination with every label in the active language. */
export function ListPagination({ count, page, pageSize, onPageChange, onPageSizeChange }: ListPaginationProps) {
  const { t, format } = useI18n();
  const labels = {
    first: t('table.firstPage'),
    last: t('table.lastPage'),
    next: t('table.nextPage'),
    previous: t('table.previousPage'),
  } as const;
  if (count === 0) return null;
  return (
    <TablePagination
      component="div"
      count={count}
      page={count > 0 ? Math.min(page, Math.ceil(count / pageSize) - 1) : 0}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[...PAGE_SIZES]}
      onPageChange={(_event, next) => onPageChange(next)}
      onRowsPerPageChange={(event) => onPageSizeChange(Number(event.target.value))}
      labelRowsPerPage={t('table.rowsPerPage')}
      labelDisplayedRows={({ from, to, count: total }) =>
        t('table.displayedRows', { from: format.number(from), to: format.number(to), count: format.number(total) })
      }
      getItemAriaLabel={(type) => labels[type]}
      showFirstButton
      showLastButton
      sx={{ borderTop: 1, borderColor: 'divider', flexShrink: 0 }}
    />
  );
}
