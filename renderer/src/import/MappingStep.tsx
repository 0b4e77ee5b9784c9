import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ColumnMapping, DateOrder, Inspection } from '../../../shared/import/types';
import { BorderedTable } from '../components/BorderedTable';
import { useT } from '../i18n/I18nContext';
import { mappingProblems } from '../../../shared/import/mapping';
import { columnTitle, dateOrderColumns, mappingBlockers, mappingOptions, repeatedColumns } from './fields';
import type { ImportWizard } from './useImportWizard';

const DATE_ORDERS: readonly DateOrder[] = ['mdy', 'dmy'];

/** Up to three different non-empty values of a column, from the preview rows. */
function samples(inspection: Inspection, col: number): string[] {
  const seen = new Set<string>();
  for (const row of inspection.preview) {
    const v = row.cells[col]?.trim();
    if (v) seen.add(v);
    if (seen.size === 3) break;
  }
  return [...seen];
}

/** Step 3: one row per column: what the file calls it, what is in it, and which field it becomes. */
export function MappingStep({
  wizard,
  inspection,
}: {
  readonly wizard: ImportWizard;
  readonly inspection: Inspection;
}) {
  const t = useT();
  const options = mappingOptions(t, wizard.target);
  const problems = mappingProblems(wizard.target, inspection.mapping);
  const repeats = repeatedColumns(problems);
  // A name column and given/family name columns both mapped: each of them is marked.
  const nameClash = new Set(problems.flatMap((p) => (p.code === 'import.nameAndParts' ? p.columns : [])));
  const dateColumns = dateOrderColumns(wizard, inspection);
  const blockers = mappingBlockers(t, wizard, inspection);

  return (
    <Stack spacing={2}>
      {inspection.rememberedMapping && <Alert severity="info">{t('import.rememberedMapping')}</Alert>}
      {blockers.length > 0 && (
        <Alert severity="warning">
          {blockers.map((b) => (
            <div key={b}>{b}</div>
          ))}
        </Alert>
      )}
      <BorderedTable aria-label={t('import.step.mapping')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56 }}>{t('import.column')}</TableCell>
            <TableCell sx={{ width: '22%' }}>{t('import.columnHeader')}</TableCell>
            <TableCell>{t('import.samples')}</TableCell>
            <TableCell sx={{ width: 300 }}>{t('import.field')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {inspection.headers.map((_, col) => {
            const mapping = inspection.mapping[col] ?? 'ignore';
            const title = columnTitle(t, inspection.headers, col);
            const repeatOf = repeats.get(col);
            const order = wizard.request?.dateOrders?.[col];
            return (
              <TableRow key={col} sx={{ verticalAlign: 'top', opacity: mapping === 'ignore' ? 0.6 : 1 }}>
                <TableCell sx={{ color: 'text.secondary', pt: 2 }}>{col + 1}</TableCell>
                <TableCell sx={{ fontWeight: 600, pt: 2, overflowWrap: 'anywhere' }}>{title}</TableCell>
                <TableCell sx={{ pt: 2 }}>
                  <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {samples(inspection, col).join(' · ') || t('common.empty')}
                  </Typography>
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    value={mapping}
                    onChange={(event) => wizard.setColumnMapping(col, event.target.value as ColumnMapping)}
                    error={repeatOf !== undefined || nameClash.has(col)}
                    slotProps={{
                      select: {
                        SelectDisplayProps: { 'aria-label': title },
                        MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } },
                      },
                    }}
                  >
                    {options.map((o) => (
                      <MenuItem key={o.value} value={o.value}>
                        {o.label}
                      </MenuItem>
                    ))}
                  </TextField>
                  {repeatOf !== undefined && (
                    <FormHelperText error>{t('import.fieldTwice', { column: repeatOf + 1 })}</FormHelperText>
                  )}
                  {dateColumns.includes(col) && (
                    <RadioGroup
                      aria-label={t('import.dateOrder')}
                      value={order ?? ''}
                      onChange={(event) => wizard.setDateOrder(col, event.target.value as DateOrder)}
                      sx={{ mt: 1 }}
                    >
                      {DATE_ORDERS.map((o) => (
                        <FormControlLabel
                          key={o}
                          value={o}
                          control={<Radio size="small" />}
                          label={<Typography variant="body2">{t(`import.dateOrder.${o}`)}</Typography>}
                        />
                      ))}
                    </RadioGroup>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </BorderedTable>
    </Stack>
  );
}
