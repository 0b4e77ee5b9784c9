/**
 * A MUI X DataGrid for a list the core pages: one page of rows at a time (server-side paging with the app's page
 * sizes), labels in the app's language, one line per row with long text cut off (the full text in a title), and an
 * optional check-box selection kept as a set of ids.
 */
import Box from '@mui/material/Box';
import { DataGrid, type GridColDef, type GridRowSelectionModel, type GridValidRowModel } from '@mui/x-data-grid';
import { enUS, zhCN } from '@mui/x-data-grid/locales';
import type { Language } from '../../../shared/i18n/languages';
import { useI18n } from '../i18n/I18nContext';
import { PAGE_SIZES, type Paging } from './ListPagination';

const GRID_LOCALES = { 'zh-CN': zhCN, en: enUS } as const satisfies Record<Language, unknown>;

/** Row height of a one-line grid: room for a small button. */
const ROW_HEIGHT = 44;

interface PagedDataGridProps<Row extends GridValidRowModel> {
  readonly label: string;
  readonly rows: readonly Row[];
  readonly columns: readonly GridColDef<Row>[];
  /** Rows in the whole list, across pages. */
  readonly total: number;
  readonly paging: Paging;
  readonly loading: boolean;
  /** Shown in the grid when the list is empty. */
  readonly emptyText: string;
  /** With a selection: a check-box column; the ids selected on the current page. */
  readonly selected?: ReadonlySet<string>;
  readonly onSelectedChange?: (ids: ReadonlySet<string>) => void;
}

export function PagedDataGrid<Row extends GridValidRowModel & { readonly id: string }>({
  label,
  rows,
  columns,
  total,
  paging,
  loading,
  emptyText,
  selected,
  onSelectedChange,
}: PagedDataGridProps<Row>) {
  const { language, t, format } = useI18n();
  const localeText = {
    ...GRID_LOCALES[language].components.MuiDataGrid.defaultProps.localeText,
    noRowsLabel: emptyText,
    paginationRowsPerPage: t('table.rowsPerPage'),
    paginationDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) =>
      t('table.displayedRows', { from: format.number(from), to: format.number(to), count: format.number(count) }),
  };
  const selection: GridRowSelectionModel = { type: 'include', ids: new Set(selected ?? []) };
  return (
    <DataGrid<Row>
      aria-label={label}
      rows={rows}
      columns={columns as GridColDef<Row>[]}
      rowCount={total}
      paginationMode="server"
      paginationModel={{ page: paging.page, pageSize: paging.pageSize }}
      onPaginationModelChange={(model) => {
        if (model.pageSize !== paging.pageSize) paging.onPageSizeChange(model.pageSize);
        else paging.onPageChange(model.page);
      }}
      pageSizeOptions={[...PAGE_SIZES]}
      loading={loading}
      localeText={localeText}
      autoHeight
      rowHeight={ROW_HEIGHT}
      columnHeaderHeight={ROW_HEIGHT}
      disableColumnMenu
      disableColumnSorting
      disableRowSelectionOnClick
      checkboxSelection={selected !== undefined}
      rowSelectionModel={selection}
      onRowSelectionModelChange={(model) => {
        if (!onSelectedChange) return;
        // "Select all" on a server-paged grid means the rows on this page.
        const ids =
          model.type === 'include'
            ? [...model.ids].map(String)
            : rows.map((r) => r.id).filter((id) => !model.ids.has(id));
        onSelectedChange(new Set(ids));
      }}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
        // A column of buttons (cellClassName 'grid-actions') needs less padding than text.
        '& .MuiDataGrid-cell.grid-actions': { px: 0.5, justifyContent: 'flex-end' },
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus': {
          outline: 'none',
        },
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
