import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { TEXT_ENCODINGS, type Inspection, type TextEncoding } from '../../../shared/import/types';
import { api } from '../api/client';
import { BorderedTable } from '../components/BorderedTable';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/I18nContext';
import type { ImportWizard } from './useImportWizard';

/** Rows of the file as they are, before any header is chosen. */
interface RawRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

const SHOWN_COLUMNS = 8;

/** The top of the file as plain rows: the header row read as data (headerRow 0, nothing mapped). */
function useRawRows(inspection: Inspection): readonly RawRow[] {
  const { fileId, sheet, encoding } = inspection;
  const raw = useQuery({
    queryKey: ['import', 'rawRows', fileId, sheet, encoding],
    queryFn: () => api['import.inspect']({ fileId, sheet, encoding, headerRow: 0, mapping: [] }),
    staleTime: Infinity,
  });
  if (!raw.data) return [];
  return [{ rowNumber: 1, cells: raw.data.headers }, ...raw.data.preview];
}

/** The 1-based header row as typed; applied once it is a whole number, so clearing the field to retype is fine. */
function HeaderRowField({
  headerRow,
  onChange,
}: {
  readonly headerRow: number;
  readonly onChange: (row: number) => void;
}) {
  const t = useT();
  const [text, setText] = useState(String(headerRow + 1));
  return (
    <TextField
      label={t('import.headerRowLabel')}
      type="number"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const n = Number(event.target.value);
        if (event.target.value !== '' && Number.isInteger(n) && n >= 1 && n - 1 !== headerRow) onChange(n - 1);
      }}
      slotProps={{ htmlInput: { min: 1, step: 1 } }}
      sx={{ width: 160 }}
    />
  );
}

/** Step 2: sheet, text encoding and header row, with the file's first rows to see title rows above the header. */
export function SourceStep({ wizard, inspection }: { readonly wizard: ImportWizard; readonly inspection: Inspection }) {
  const t = useT();
  const rawRows = useRawRows(inspection);
  const lastShown = Math.max(8, inspection.headerRow + 6);
  const rows = rawRows.filter((r) => r.rowNumber <= lastShown);
  const width = Math.min(SHOWN_COLUMNS, Math.max(1, ...rows.map((r) => r.cells.length)));
  const encodingLabel = (e: TextEncoding): string =>
    e === wizard.detectedEncoding ? t('import.encodingDetected', { encoding: t(`encoding.${e}`) }) : t(`encoding.${e}`);

  return (
    <Stack spacing={2.5}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {inspection.format === 'xlsx' && inspection.sheets.length > 0 && (
          <SelectField
            label={t('import.sheet')}
            value={inspection.sheet ?? ''}
            onChange={(sheet) => wizard.changeSource({ sheet })}
            options={inspection.sheets.map((s) => ({ value: s, label: s }))}
            sx={{ width: 240 }}
          />
        )}
        {inspection.format === 'csv' && (
          <SelectField
            label={t('import.encoding')}
            value={inspection.encoding ?? ''}
            onChange={(encoding) => wizard.changeSource({ encoding: encoding as TextEncoding })}
            options={TEXT_ENCODINGS.map((e) => ({ value: e, label: encodingLabel(e) }))}
            helperText={t('import.encodingHint')}
            sx={{ width: 360 }}
          />
        )}
        <HeaderRowField
          key={inspection.headerRow}
          headerRow={inspection.headerRow}
          onChange={(headerRow) => wizard.changeSource({ headerRow })}
        />
      </Stack>

      <Box>
        <Typography variant="h3" sx={{ mb: 0.5 }}>
          {t('import.firstRows')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('import.headerRowHint')}
        </Typography>
        <BorderedTable aria-label={t('import.firstRows')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 56 }}>{t('import.rowNumber')}</TableCell>
              <TableCell sx={{ width: 72 }} />
              {Array.from({ length: width }, (_, i) => (
                <TableCell key={i}>{String.fromCharCode(65 + i)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const index = row.rowNumber - 1;
              const role = index === inspection.headerRow ? 'header' : index < inspection.headerRow ? 'skipped' : null;
              // A title row (one text in its first cell) reads best across the whole table, as in Excel.
              const title = row.cells.slice(1).every((c) => c.trim() === '');
              return (
                <TableRow
                  key={row.rowNumber}
                  hover
                  selected={role === 'header'}
                  onClick={() => role !== 'header' && wizard.changeSource({ headerRow: index })}
                  sx={{
                    cursor: 'pointer',
                    '& td': { color: role === 'skipped' ? 'text.secondary' : undefined },
                    '& td.cell': { fontWeight: role === 'header' ? 600 : undefined },
                  }}
                >
                  <TableCell>{row.rowNumber}</TableCell>
                  <TableCell sx={{ py: 0 }}>
                    {role && (
                      <Chip
                        label={t(`import.rowRole.${role}`)}
                        color={role === 'header' ? 'primary' : 'default'}
                        variant={role === 'header' ? 'filled' : 'outlined'}
                      />
                    )}
                  </TableCell>
                  {(title ? [0] : Array.from({ length: width }, (_, i) => i)).map((i) => (
                    <TableCell key={i} className="cell" colSpan={title ? width : 1} title={row.cells[i] ?? ''}>
                      <Box
                        sx={{
                          maxWidth: title ? 'none' : 180,
                          whiteSpace: 'nowrap',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                        }}
                      >
                        {row.cells[i] ?? ''}
                      </Box>
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </BorderedTable>
      </Box>
    </Stack>
  );
}
