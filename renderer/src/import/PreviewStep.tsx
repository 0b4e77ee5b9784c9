import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Input } from '../../../shared/contract';
import {
  DUPLICATE_POLICIES,
  type ColumnMapping,
  type Inspection,
  type PreviewFilter,
  type PreviewRow,
} from '../../../shared/import/types';
import { api } from '../api/client';
import { ListPagination, usePaging } from '../components/ListPagination';
import { DuplicateNote } from './DuplicateNote';
import { DuplicateReviewDialog } from './DuplicateReview';
import { ID_TYPES, type IdType } from '../../../shared/rules/id-documents';
import { BorderedTable } from '../components/BorderedTable';
import { cellIssueText } from '../../../shared/import/cell-issues';
import { issueErrorMessage, issueMessage } from '../errors';
import { useI18n, type Translate } from '../i18n/I18nContext';
import type { Formatters } from '../i18n/format';
import { columnTitle, mappingLabel } from './fields';
import type { ImportWizard } from './useImportWizard';

const ERROR_BACKGROUND = '#fdecea';
const DUPLICATE_BACKGROUND = '#fff8e1';
/** Values that must not break across lines: numbers, codes and dates. */
const KEEP_TOGETHER: ReadonlySet<ColumnMapping> = new Set<ColumnMapping>([
  'mobile',
  'phone',
  'idNumber',
  'birthDate',
  'date',
  'maturesOn',
  'amount',
  'profit',
  'gender',
  'kind',
  'email',
  'headcount',
]);

const isIdType = (value: string): value is IdType => (ID_TYPES as readonly string[]).includes(value);

/** A cell as it will be stored: the normalised value when the row has one, else what the file says. */
function shownValue(t: Translate, format: Formatters, row: PreviewRow, col: number, mapping: ColumnMapping): string {
  const raw = row.cells[col] ?? '';
  if (!(mapping in row.values)) return raw;
  const value = row.values[mapping];
  if (value === null || value === undefined) return '';
  if (mapping === 'kind' && (value === 'person' || value === 'company')) return t(`kind.${value}`);
  if (mapping === 'gender' && (value === 'male' || value === 'female' || value === 'unknown'))
    return t(`gender.${value}`);
  if (mapping === 'idType' && isIdType(value)) return t(`idType.${value}`);
  if ((mapping === 'amount' || mapping === 'profit') && value !== '')
    return format.money(Math.round(Number(value) * 100));
  return value;
}

/** The count chips; each filters the preview to its rows over the whole file, and clicked again shows every row. */
function Counts({
  inspection,
  filter,
  onFilter,
  onReview,
}: {
  readonly inspection: Inspection;
  readonly filter: PreviewFilter;
  readonly onFilter: (filter: PreviewFilter) => void;
  readonly onReview?: () => void;
}) {
  const { t, format } = useI18n();
  const chip = (
    which: Exclude<PreviewFilter, 'all'>,
    color: 'success' | 'error' | 'warning' | 'default',
    count: number,
  ) => (
    <Chip
      color={color}
      variant={filter === which ? 'filled' : 'outlined'}
      aria-pressed={filter === which}
      onClick={() => onFilter(filter === which ? 'all' : which)}
      label={t(`import.counts.${which}`, { count: format.number(count) })}
    />
  );
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {chip('valid', 'success', inspection.valid)}
        {chip('invalid', inspection.invalid > 0 ? 'error' : 'default', inspection.invalid)}
        {(inspection.duplicates > 0 || filter === 'duplicates') && chip('duplicates', 'warning', inspection.duplicates)}
        {onReview && (
          <Button size="small" onClick={onReview}>
            {t('import.reviewDuplicates')}
          </Button>
        )}
      </Stack>
      {inspection.counted < inspection.dataRows && (
        <Typography variant="body2" color="text.secondary">
          {t('import.countedOver', {
            counted: format.number(inspection.counted),
            total: inspection.dataRows,
          })}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * The rows the preview lists: the inspection's first rows, or (filtered, or past the first page) a page of the whole
 * file's rows asked of the core.
 */
function usePreviewRows(
  request: Input<'import.inspect'> | null,
  inspection: Inspection,
  filter: PreviewFilter,
  page: number,
  pageSize: number,
): { rows: readonly PreviewRow[]; total: number; loading: boolean; error: unknown } {
  const first = inspection.preview;
  const paged = filter !== 'all' || page > 0 || (pageSize > first.length && first.length < inspection.dataRows);
  const input = request ? { ...request, filter, offset: page * pageSize, limit: pageSize } : null;
  const rows = useQuery({
    queryKey: ['import', 'rows', input],
    queryFn: () => api['import.rows'](input ?? { fileId: '' }),
    enabled: paged && input !== null,
    placeholderData: keepPreviousData,
    gcTime: 0,
  });
  if (!paged)
    return { rows: inspection.preview.slice(0, pageSize), total: inspection.dataRows, loading: false, error: null };
  const data = rows.data?.filter === filter ? rows.data : undefined;
  return { rows: data?.rows ?? [], total: data?.total ?? 0, loading: rows.isFetching, error: rows.error };
}

/** Step 4: the rows as they will be stored, problems marked on their cells, duplicates named; then the policy. */
export function PreviewStep({
  wizard,
  inspection,
}: {
  readonly wizard: ImportWizard;
  readonly inspection: Inspection;
}) {
  const { t, format } = useI18n();
  const policyLabel = useId();
  const columns = inspection.mapping
    .map((mapping, col) => ({ mapping, col }))
    .filter(({ mapping }) => mapping !== 'ignore');
  const transactions = wizard.target === 'transactions';
  const [reviewing, setReviewing] = useState(false);
  const request = wizard.request;
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const paging = usePaging();
  const shown = usePreviewRows(request, inspection, filter, paging.page, paging.pageSize);
  const onFilter = (next: PreviewFilter): void => {
    setFilter(next);
    paging.onPageChange(0);
  };

  return (
    <Stack spacing={2}>
      <Counts
        inspection={inspection}
        filter={filter}
        onFilter={onFilter}
        onReview={transactions || !request ? undefined : () => setReviewing(true)}
      />
      {request && (
        <DuplicateReviewDialog
          open={reviewing}
          fileName={inspection.fileName}
          request={request}
          onClose={() => setReviewing(false)}
        />
      )}
      {inspection.invalid > 0 && <Alert severity="info">{t('import.invalidNotImported')}</Alert>}
      {filter !== 'all' && (
        <Typography variant="body2" role="status">
          {shown.loading ? t('import.filter.checking') : t(`import.filter.${filter}`, { count: shown.total })}
        </Typography>
      )}
      {shown.error !== null && <Alert severity="error">{issueErrorMessage(t, shown.error)}</Alert>}
      <BorderedTable maxHeight={460} aria-label={t('import.step.preview')} aria-busy={shown.loading}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56 }}>{t('import.rowNumber')}</TableCell>
            <TableCell sx={{ minWidth: 180 }}>{t('import.status')}</TableCell>
            {transactions && <TableCell>{t('import.matchedCustomer')}</TableCell>}
            {columns.map(({ mapping, col }) => {
              const title = columnTitle(t, inspection.headers, col);
              const field = mappingLabel(t, mapping);
              return (
                <TableCell key={col}>
                  {title}
                  {field !== title && (
                    <Typography variant="caption" component="div" color="text.secondary" sx={{ fontWeight: 400 }}>
                      {field}
                    </Typography>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.rows.map((row) => {
            const rowIssues = row.issues.filter((i) => i.column < 0 || inspection.mapping[i.column] === 'ignore');
            return (
              <TableRow
                key={row.rowNumber}
                sx={{ verticalAlign: 'top', backgroundColor: row.duplicate ? DUPLICATE_BACKGROUND : undefined }}
              >
                <TableCell sx={{ color: 'text.secondary' }}>{row.rowNumber}</TableCell>
                <TableCell>
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                    {row.issues.length > 0 && <Chip color="error" variant="outlined" label={t('import.rowInvalid')} />}
                    {rowIssues.map((issue, i) => (
                      <Typography key={i} variant="body2" color="error.dark">
                        {issueMessage(t, issue.code)}
                      </Typography>
                    ))}
                    {row.duplicate && <Chip color="warning" label={t('import.duplicate')} />}
                    {row.duplicate && <DuplicateNote duplicate={row.duplicate} />}
                    {row.issues.length === 0 && !row.duplicate && (
                      <Typography variant="body2" color="success.main">
                        {t('import.ok')}
                      </Typography>
                    )}
                  </Stack>
                </TableCell>
                {transactions && <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.values.customer ?? ''}</TableCell>}
                {columns.map(({ mapping, col }) => {
                  const issue = row.issues.find((i) => i.column === col);
                  return (
                    <TableCell
                      key={col}
                      sx={{ backgroundColor: issue ? ERROR_BACKGROUND : undefined, minWidth: 110, maxWidth: 280 }}
                    >
                      <Box component="span" sx={{ whiteSpace: KEEP_TOGETHER.has(mapping) ? 'nowrap' : undefined }}>
                        {shownValue(t, format, row, col, mapping)}
                      </Box>
                      {issue && (
                        <Typography variant="caption" component="div" color="error.dark">
                          {cellIssueText(t, issue.code, inspection.headers[col] ?? '', row.cells[col] ?? '')}
                        </Typography>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </BorderedTable>
      <ListPagination count={shown.total} {...paging} />

      {!transactions && (
        <Box>
          <FormControl>
            <FormLabel id={policyLabel} sx={{ fontSize: '0.85rem' }}>
              {t('import.policy')}
            </FormLabel>
            <RadioGroup
              row
              aria-labelledby={policyLabel}
              value={wizard.policy}
              onChange={(event) => wizard.setPolicy(event.target.value as (typeof DUPLICATE_POLICIES)[number])}
            >
              {DUPLICATE_POLICIES.map((p) => (
                <FormControlLabel key={p} value={p} control={<Radio size="small" />} label={t(`import.policy.${p}`)} />
              ))}
            </RadioGroup>
          </FormControl>
        </Box>
      )}
    </Stack>
  );
}
