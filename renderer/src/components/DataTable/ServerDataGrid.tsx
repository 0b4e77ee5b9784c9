/**
 * The app's MUI X DataGrid, for every list the database pages and sorts (the customer list, the call-back queue):
 * one page of rows at a time, in the app's language, and paging and sorting handed back to the page (which keeps
 * them, e.g. in the address). One line per row, long text cut off with an ellipsis (the whole of it in a title); the
 * sort order is always one column, never "unsorted"; the focused cell is outlined for keyboard use; check-box
 * selection when the page asks for it. No column menu or filter: the pages filter above the grid.
 */
import Box from '@mui/material/Box';
import { DataGrid, type DataGridProps, type GridSortModel, type GridValidRowModel } from '@mui/x-data-grid';
import { enUS, zhCN } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';
import type { Language } from '../../../../shared/i18n/languages';
import { useI18n } from '../../i18n/I18nContext';
import { PAGE_SIZES } from '../ListPagination';

const LOCALES = { en: enUS, 'zh-CN': zhCN } as const satisfies Record<Language, unknown>;

/** Row and header height: one line of text, or a small button. */
const ROW_HEIGHT = 44;

export interface ServerSort<S extends string> {
  readonly field: S;
  readonly direction: 'asc' | 'desc';
}

type PassedProps<R extends GridValidRowModel> = Omit<
  DataGridProps<R>,
  | 'paginationMode'
  | 'sortingMode'
  | 'filterMode'
  | 'rowCount'
  | 'paginationModel'
  | 'onPaginationModelChange'
  | 'sortModel'
  | 'onSortModelChange'
  | 'localeText'
  | 'pageSizeOptions'
>;

export interface ServerDataGridProps<R extends GridValidRowModel, S extends string> extends PassedProps<R> {
  /** Rows matching in all, of which `rows` is the page. */
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly onPage: (page: number, pageSize: number) => void;
  /** The server's order; a list without one (a fixed order) leaves both out and its columns are not sortable. */
  readonly sort?: ServerSort<S>;
  readonly onSort?: (sort: ServerSort<S>) => void;
  /** What an empty page says instead of the grid's own words. */
  readonly noRowsLabel?: string;
}

const GRID_SX = {
  border: 0,
  bgcolor: 'background.paper',
  '& .MuiDataGrid-cell': {
    display: 'flex',
    alignItems: 'center',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  // A column of buttons (cellClassName 'grid-actions') needs less padding than text.
  '& .MuiDataGrid-cell.grid-actions': { px: 0.5, justifyContent: 'flex-end' },
  '& .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus-within': {
    outline: '2px solid',
    outlineColor: 'primary.main',
    outlineOffset: -2,
  },
  '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
  // A title longer than its column (English runs longer than Chinese) ends in an ellipsis; the sort button beside it
  // keeps its room instead of being pushed out of the column.
  '& .MuiDataGrid-columnHeaderTitleContainerContent': { minWidth: 0, flexShrink: 1, overflow: 'hidden' },
  '& .MuiDataGrid-iconButtonContainer': { flexShrink: 0 },
} as const;

export function ServerDataGrid<R extends GridValidRowModel, S extends string>({
  total,
  page,
  pageSize,
  onPage,
  sort,
  onSort,
  noRowsLabel,
  sx,
  ...grid
}: ServerDataGridProps<R, S>) {
  const { language, t, format } = useI18n();
  const localeText = useMemo(
    () => ({
      ...LOCALES[language].components.MuiDataGrid.defaultProps.localeText,
      ...(noRowsLabel === undefined ? {} : { noRowsLabel }),
      paginationRowsPerPage: t('table.rowsPerPage'),
      paginationDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) =>
        t('table.displayedRows', { from: format.number(from), to: format.number(to), count: format.number(count) }),
    }),
    [language, noRowsLabel, t, format],
  );
  const sortModel = useMemo<GridSortModel>(() => (sort ? [{ field: sort.field, sort: sort.direction }] : []), [sort]);
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <DataGrid<R>
      rowHeight={ROW_HEIGHT}
      columnHeaderHeight={ROW_HEIGHT}
      disableColumnMenu
      disableColumnFilter
      disableRowSelectionOnClick
      hideFooterSelectedRowCount
      {...grid}
      sx={[GRID_SX, ...(Array.isArray(sx) ? sx : [sx])]}
      localeText={localeText}
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      rowCount={total}
      pageSizeOptions={[...PAGE_SIZES]}
      paginationModel={{ page: Math.min(page, lastPage), pageSize }}
      onPaginationModelChange={(model) => onPage(model.pageSize === pageSize ? model.page : 0, model.pageSize)}
      sortModel={sortModel}
      disableColumnSorting={!sort}
      onSortModelChange={(model) => {
        if (!sort || !onSort) return;
        const next = model[0];
        // A third click would leave the list unsorted: it reverses the order instead.
        if (!next?.sort) onSort({ field: sort.field, direction: sort.direction === 'asc' ? 'desc' : 'asc' });
        else onSort({ field: next.field as S, direction: next.sort });
      }}
    />
  );
}

/** A cell's text on one line, cut off with an ellipsis, the whole of it in the title; color is a theme colour. */
export function EllipsisText({ text, color }: { readonly text: string; readonly color?: string }) {
  return (
    <Box
      component="span"
      title={text}
      sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, color }}
    >
      {text}
    </Box>
  );
}
