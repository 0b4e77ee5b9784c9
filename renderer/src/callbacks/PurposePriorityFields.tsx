import Grid from '@mui/material/Grid';
import type { Control, FieldValues, Path } from 'react-hook-form';
import type { CallbackPriority, CallbackPurpose } from '../../../shared/callbacks/vocabulary';
import { FormSelectField } from '../components/FormSelectField';
import { useT } from '../i18n/I18nContext';
import { priorityOptions, purposeOptions } from './options';

/** The two fields every form using this one has. */
interface Plan {
  readonly purpose?: CallbackPurpose;
  readonly priority?: CallbackPriority;
}

const OPTIONS = { purpose: purposeOptions, priority: priorityOptions } as const;
const LABELS = { purpose: 'queue.purpose', priority: 'schedule.priority' } as const;

interface PurposePriorityFieldsProps<T extends FieldValues, TOut> {
  readonly control: Control<T, unknown, TOut>;
  readonly fullWidth?: boolean;
}

/** What a call-back (or a campaign of them) is for and how urgent it is, side by side on the form's grid. */
export function PurposePriorityFields<T extends FieldValues & Plan, TOut>({
  control,
  fullWidth,
}: PurposePriorityFieldsProps<T, TOut>) {
  const t = useT();
  return (['purpose', 'priority'] as const).map((name) => (
    <Grid key={name} size={{ xs: 12, sm: 3 }}>
      <FormSelectField
        control={control}
        // T has both fields (see Plan); TypeScript cannot spell out the paths of a type not yet known.
        name={name as Path<T>}
        fullWidth={fullWidth}
        label={t(LABELS[name])}
        options={OPTIONS[name](t)}
      />
    </Grid>
  ));
}
