import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useT } from '../i18n/I18nContext';

export interface FormDialogProps<T extends FieldValues, TOut> {
  /** Also the dialog's accessible name. */
  readonly title: string;
  readonly form: UseFormReturn<T, unknown, TOut>;
  /** Gets the values once the form's schema has passed them. */
  readonly onValid: (values: TOut) => Promise<unknown>;
  readonly onClose: () => void;
  /** Save, unless the dialog does something else. */
  readonly submitLabel?: string;
  /** Whether the submit button is off; by default while the form is being sent. */
  readonly disabled?: boolean;
  readonly maxWidth?: 'xs' | 'sm';
  /** Red submit, for what cannot be taken back. */
  readonly destructive?: boolean;
  /** Before Cancel, e.g. Remove. */
  readonly extraAction?: ReactNode;
  readonly children: ReactNode;
}

/** A dialog around one form: title, the fields, Cancel and the submit button. */
export function FormDialog<T extends FieldValues, TOut>({
  title,
  form,
  onValid,
  onClose,
  submitLabel,
  disabled,
  maxWidth = 'sm',
  destructive = false,
  extraAction,
  children,
}: FormDialogProps<T, TOut>) {
  const t = useT();
  const titleId = useId();
  const submit = form.handleSubmit(onValid);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth={maxWidth} fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          {extraAction}
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            color={destructive ? 'error' : 'primary'}
            disabled={disabled ?? form.formState.isSubmitting}
          >
            {submitLabel ?? t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
