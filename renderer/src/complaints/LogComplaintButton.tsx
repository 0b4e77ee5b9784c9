import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useT } from '../i18n/I18nContext';
import { LogComplaintDialog } from './LogComplaintDialog';

/** Next to the timeline's log-a-call buttons: a complaint as it comes in. */
export function LogComplaintButton({ customerId, customerName }: { customerId: string; customerName: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<ReportProblemOutlinedIcon />} onClick={() => setOpen(true)}>
        {t('complaintsPage.log')}
      </Button>
      {open && (
        <LogComplaintDialog customerId={customerId} customerName={customerName} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
