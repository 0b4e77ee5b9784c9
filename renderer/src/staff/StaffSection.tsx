/**
 * Settings → Staff: every staff member with the customers and open call-backs each owns; add, rename, reassign all,
 * deactivate (kept on history, gone from the pickers) and reactivate.
 */
import PersonAddOutlinedIcon from '@mui/icons-material/PersonAddOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import PersonOffOutlinedIcon from '@mui/icons-material/PersonOffOutlined';
import RestoreOutlinedIcon from '@mui/icons-material/RestoreOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { StaffSummary } from '../../../shared/staff/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { BorderedTable } from '../components/BorderedTable';
import { QueryError } from '../components/QueryError';
import { issueErrorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { useNotify } from '../notify/NotifyContext';
import { DeactivateDialog, ReassignAllDialog, StaffNameDialog } from './StaffDialogs';
import { STAFF_STALE, staffOverview } from './queries';

type Open =
  | { readonly kind: 'add' }
  | { readonly kind: 'rename' | 'reassign' | 'deactivate'; readonly staff: StaffSummary }
  | null;

function Action({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={onClick}>
        {children}
      </IconButton>
    </Tooltip>
  );
}

export function StaffSection() {
  const t = useT();
  const notify = useNotify();
  const overview = useQuery(staffOverview());
  const settings = useQuery(queries.settings());
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const reactivate = useSave({
    channel: 'staff.reactivate',
    invalidates: STAFF_STALE,
    notice: (saved) => t('staff.reactivated', { name: staffLabel(t, saved) }),
    // An active colleague has taken the name meanwhile: say so, not just "a field needs changing".
    onFailed: (error) => {
      notify({ message: issueErrorMessage(t, error), severity: 'error' });
      return true;
    },
  });

  const rows = overview.data ?? [];
  const currentId = settings.data?.currentStaffId ?? rows.find((s) => s.isDefault)?.id ?? null;
  const active = rows.filter((s) => s.deactivatedAt === null);
  const othersThan = (s: StaffSummary) => active.filter((o) => o.id !== s.id);
  const status = (s: StaffSummary) =>
    s.deactivatedAt !== null ? (
      <Chip size="small" label={t('staff.status.deactivated')} />
    ) : s.id === currentId ? (
      <Chip size="small" color="primary" variant="outlined" label={t('staff.status.current')} />
    ) : (
      t('staff.status.active')
    );

  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-label={t('staff.section')}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="h2">{t('staff.section')}</Typography>
        <Button startIcon={<PersonAddOutlinedIcon />} onClick={() => setOpen({ kind: 'add' })}>
          {t('staff.add')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('staff.sectionHint')}
      </Typography>
      {overview.isError && <QueryError error={overview.error} />}
      <BorderedTable size="small" aria-label={t('staff.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('staff.col.name')}</TableCell>
            <TableCell align="right">{t('staff.col.customers')}</TableCell>
            <TableCell align="right">{t('staff.col.callbacks')}</TableCell>
            <TableCell>{t('staff.col.status')}</TableCell>
            <TableCell align="right">{t('staff.col.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((s) => {
            const name = staffLabel(t, s);
            const inactive = s.deactivatedAt !== null;
            return (
              <TableRow key={s.id} sx={inactive ? { '& td': { color: 'text.disabled' } } : undefined}>
                <TableCell>{name}</TableCell>
                <TableCell align="right">{s.customers}</TableCell>
                <TableCell align="right">{s.openCallbacks}</TableCell>
                <TableCell>{status(s)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Action label={t('staff.rename', { name })} onClick={() => setOpen({ kind: 'rename', staff: s })}>
                    <EditOutlinedIcon fontSize="small" />
                  </Action>
                  {!inactive && (s.customers > 0 || s.openCallbacks > 0) && othersThan(s).length > 0 && (
                    <Action
                      label={t('staff.reassign', { name })}
                      onClick={() => setOpen({ kind: 'reassign', staff: s })}
                    >
                      <SwapHorizIcon fontSize="small" />
                    </Action>
                  )}
                  {/* The default staff member and the one at this desk stay. */}
                  {!inactive && !s.isDefault && s.id !== currentId && (
                    <Action
                      label={t('staff.deactivate', { name })}
                      onClick={() => setOpen({ kind: 'deactivate', staff: s })}
                    >
                      <PersonOffOutlinedIcon fontSize="small" />
                    </Action>
                  )}
                  {inactive && (
                    <Action label={t('staff.reactivate', { name })} onClick={() => void reactivate.save({ id: s.id })}>
                      <RestoreOutlinedIcon fontSize="small" />
                    </Action>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </BorderedTable>
      {open?.kind === 'add' && <StaffNameDialog staff={null} onClose={close} />}
      {open?.kind === 'rename' && <StaffNameDialog staff={open.staff} onClose={close} />}
      {open?.kind === 'reassign' && (
        <ReassignAllDialog staff={open.staff} others={othersThan(open.staff)} onClose={close} />
      )}
      {open?.kind === 'deactivate' && (
        <DeactivateDialog staff={open.staff} others={othersThan(open.staff)} onClose={close} />
      )}
    </Paper>
  );
}
