import { zodResolver } from '@hookform/resolvers/zod';
import Grid from '@mui/material/Grid';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { riskAssessInput } from '../../../shared/risk/schemas';
import type { RiskGrade } from '../../../shared/risk/matching';
import { yearAfter } from '../../../shared/risk/matching';
import { isRealDate } from '../../../shared/fields';
import { localDate } from '../../../shared/rules/calendar';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors } from '../errors';
import { useT } from '../i18n/I18nContext';
import { GradeField } from '../products/GradeField';

type AssessForm = z.input<typeof riskAssessInput>;
type AssessValues = z.output<typeof riskAssessInput>;
const FIELDS = ['level', 'assessedOn', 'expiresOn', 'notes'] as const;

interface AssessDialogProps {
  readonly customerId: string;
  /** The level now, to start from. */
  readonly level: RiskGrade | null;
  readonly onClose: () => void;
}

/** 重新评估: a new risk assessment (level, date, expiry a year later unless changed, notes); the history is kept. */
export function AssessDialog({ customerId, level, onClose }: AssessDialogProps) {
  const t = useT();
  const today = localDate();
  const form = useForm<AssessForm, unknown, AssessValues>({
    resolver: zodResolver(riskAssessInput),
    mode: 'onTouched',
    defaultValues: {
      customerId,
      level: level ?? (undefined as unknown as number),
      assessedOn: today,
      expiresOn: yearAfter(today),
      notes: '',
    },
  });
  const saving = useSave({
    channel: 'risk.assess',
    invalidates: [['risk'], ['purchases']],
    notice: 'risk.assessed',
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, FIELDS),
  });
  return (
    <FormDialog title={t('risk.assessTitle')} form={form} onValid={saving.save} onClose={onClose} maxWidth="xs">
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={12}>
          <GradeField control={form.control} name="level" label={t('risk.level')} scale="riskLevel" />
        </Grid>
        <Grid size={6}>
          <FormTextField
            control={form.control}
            name="assessedOn"
            label={t('risk.assessedOn')}
            type="date"
            required
            fullWidth
            onBlur={(event) => {
              // The expiry follows the assessment date until it is changed by hand.
              const assessed = event.target.value;
              if (isRealDate(assessed) && !form.getFieldState('expiresOn').isDirty)
                form.setValue('expiresOn', yearAfter(assessed));
            }}
          />
        </Grid>
        <Grid size={6}>
          <FormTextField
            control={form.control}
            name="expiresOn"
            label={t('risk.expiresOn')}
            type="date"
            fullWidth
            helperText={t('risk.expiresOnHint')}
          />
        </Grid>
        <Grid size={12}>
          <FormTextField control={form.control} name="notes" label={t('risk.notes')} multiline minRows={2} fullWidth />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
