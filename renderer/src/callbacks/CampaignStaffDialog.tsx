/**
 * Who calls for a running campaign: per staff member the open and closed call-backs, "hand over to …" for one
 * person's open ones, and adding staff to share what is left. Planned days stay; closed call-backs never move.
 */
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Campaign } from '../../../shared/callbacks/types';
import type { Staff } from '../../../shared/staff/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { QueryError } from '../components/QueryError';
import { useI18n, useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { CALLBACKS_STALE, callbackQueries } from './queries';

interface StaffPickerProps {
  readonly label: string;
  readonly options: readonly Staff[];
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
}

function StaffPicker({ label, options, value, onChange }: StaffPickerProps) {
  const t = useT();
  const items = options.map((s) => ({ value: s.id, label: staffLabel(t, s) }));
  return (
    <Autocomplete
      multiple
      disableCloseOnSelect
      size="small"
      options={items}
      value={items.filter((o) => value.includes(o.value))}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.value === b.value}
      onChange={(_event, chosen) => onChange(chosen.map((o) => o.value))}
      noOptionsText={t('common.noOptions')}
      clearText={t('common.clear')}
      openText={t('common.open')}
      closeText={t('common.close')}
      renderInput={(params) => <TextField {...params} label={label} />}
      sx={{ flex: 1, minWidth: 220 }}
    />
  );
}

interface CampaignStaffDialogProps {
  readonly campaign: Campaign;
  readonly onClose: () => void;
}

export function CampaignStaffDialog({ campaign, onClose }: CampaignStaffDialogProps) {
  const { t, format } = useI18n();
  const titleId = useId();
  const assignees = useQuery(callbackQueries.assignees(campaign.id));
  const staff = useQuery(queries.staff());
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string[]>([]);
  const [joining, setJoining] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const names = new Map((staff.data ?? []).map((s) => [s.id, staffLabel(t, s)]));
  const handing = useSave({
    channel: 'campaigns.handOver',
    invalidates: CALLBACKS_STALE,
    notice: (result) => {
      const list = result.perStaff.map((s) => names.get(s.staffId) ?? s.staffId).join(t('common.listSeparator'));
      const moved = t('campaigns.handedOver', { count: result.moved, names: list });
      return result.overCap > 0 ? `${moved} ${t('campaigns.handedOverCap', { count: result.overCap })}` : moved;
    },
    onSaved: () => {
      setFrom(null);
      setTo([]);
      setJoining([]);
      setReason('');
    },
  });
  const rows = assignees.data ?? [];
  const holders = new Set(rows.filter((r) => r.open > 0).map((r) => r.staffId));
  const active = staff.data ?? [];

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('campaigns.staffTitle', { name: campaign.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('campaigns.staffDialogHint')}</DialogContentText>
        {assignees.isError && <QueryError error={assignees.error} />}
        <Table size="small" aria-label={t('campaigns.staffTable')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('campaigns.preview.staffMember')}</TableCell>
              <TableCell align="right">{t('callbackState.open')}</TableCell>
              <TableCell align="right">{t('campaigns.closedCount')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.staffId} selected={from === r.staffId}>
                <TableCell>
                  {staffLabel(t, r.staffName)}
                  {!r.active && (
                    <Typography component="span" variant="caption" color="text.secondary">
                      {` · ${t('staff.status.deactivated')}`}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{format.number(r.open)}</TableCell>
                <TableCell align="right">{format.number(r.closed)}</TableCell>
                <TableCell align="right" padding="none" sx={{ pr: 1 }}>
                  <Button
                    size="small"
                    disabled={r.open === 0}
                    onClick={() => {
                      setFrom(r.staffId);
                      setTo([]);
                    }}
                    aria-label={t('campaigns.handOverFrom', { name: staffLabel(t, r.staffName) })}
                  >
                    {t('campaigns.handOver')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {from !== null && (
          <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
            <StaffPicker
              label={t('campaigns.handOverTo', { name: names.get(from) ?? '' })}
              options={active.filter((s) => s.id !== from)}
              value={to}
              onChange={setTo}
            />
            <Button
              variant="contained"
              disabled={to.length === 0 || handing.isPending}
              onClick={() => void handing.save({ id: campaign.id, fromStaffId: from, toStaffIds: to, reason })}
            >
              {t('campaigns.handOverConfirm')}
            </Button>
          </Stack>
        )}
        <Typography variant="subtitle2" sx={{ mt: 3, mb: 1 }}>
          {t('campaigns.shareTitle')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <StaffPicker
            label={t('campaigns.shareWith')}
            options={active.filter((s) => !holders.has(s.id))}
            value={joining}
            onChange={setJoining}
          />
          <Button
            variant="outlined"
            disabled={joining.length === 0 || holders.size === 0 || handing.isPending}
            onClick={() => void handing.save({ id: campaign.id, toStaffIds: joining, reason })}
          >
            {t('campaigns.shareConfirm')}
          </Button>
        </Stack>
        <Box sx={{ mt: 2 }}>
          <TextField
            label={t('campaigns.handOverReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            size="small"
            fullWidth
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
