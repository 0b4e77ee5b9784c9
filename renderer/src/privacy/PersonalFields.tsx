/**
 * Settings → Personal data: the custom fields customers have, each with whether it holds personal data (a phone or
 * an ID number the branch keeps in its own field), which the core then masks for staff. Managers only.
 */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import type { CustomField } from '../../../shared/privacy/types';
import { useSave } from '../api/useSave';
import { useI18n } from '../i18n/I18nContext';

export function PersonalFields({ fields }: { readonly fields: readonly CustomField[] }) {
  const { t } = useI18n();
  const save = useSave({
    channel: 'privacy.settings',
    invalidates: [['privacy'], ['customers']],
    notice: (_done, input) => {
      const [name, personal] = Object.entries(input.personalFields ?? {})[0] ?? ['', false];
      return t(personal ? 'privacy.personalFieldSaved' : 'privacy.personalFieldCleared', { name });
    },
  });
  return (
    <>
      <Typography variant="h3" sx={{ mt: 3, mb: 0.5 }}>
        {t('privacy.personalFields')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('privacy.personalFieldsHint')}
      </Typography>
      {fields.length === 0 ? (
        <Typography variant="body2">{t('privacy.noCustomFields')}</Typography>
      ) : (
        <FormGroup>
          {fields.map((field) => (
            <FormControlLabel
              key={field.name}
              label={t('privacy.personalField', { name: field.name })}
              control={
                <Checkbox
                  checked={field.personal}
                  disabled={save.isPending}
                  onChange={(e) => void save.save({ personalFields: { [field.name]: e.target.checked } })}
                />
              }
            />
          ))}
        </FormGroup>
      )}
    </>
  );
}
