/**
 * MUI X DataGrid for a list the database pages and sorts: the grid shows one page of rows, in the app's language,
 * and hands paging and sorting back to the page (which keeps them, e.g. in the address). Cells keep one line and end
 * in an ellipsis; the page's sort order is always one column, never "unsorted".
 */
import { DataGrid, type DataGridProps, type GridSortModel, type GridValidRowModel } from '@mui/x-data-grid';
import { enUS, zhCN } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';
import type { Language } from '../../../../shared/i18n/languages';
import { useI18n } from '../../i18n/I18nContext';
import { PAGE_SIZES } from '../ListPagination';

const LOCALES = { en: enUS, 'zh-CN': zhCN } as const satisfies Record<Language, unknown>;

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
  readonly sort: ServerSort<S>;
  readonly onSort: (sort: ServerSort<S>) => void;
  /** What an empty page says instead of the grid's own words. */
  readonly noRowsLabel?: string;
}

const GRID_SX = {
  border: 0,
  '& .MuiDataGrid-cell': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus-within': {
    outline: '2px solid',
    outlineColor: 'primary.main',
    outlineOffset: -2,
  },
  '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
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
  const { language } = useI18n();
  const localeText = useMemo(() => {
    const texts = LOCALES[language].components.MuiDataGrid.defaultProps.localeText;
    return noRowsLabel === undefined ? texts : { ...texts, noRowsLabel };
  }, [language, noRowsLabel]);
  const sortModel = useMemo<GridSortModel>(() => [{ field: sort.field, sort: sort.direction }], [sort]);
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <DataGrid<R>
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
      onSortModelChange={(model) => {
        const next = model[0];
        // A third click would leave the list unsorted: it reverses the order instead.
        if (!next?.sort) onSort({ field: sort.field, direction: sort.direction === 'asc' ? 'desc' : 'asc' });
        else onSort({ field: next.field as S, direction: next.sort });
      }}
    />
  );
}
