import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { callingCode, isPhoneRegion, PHONE_REGIONS } from '../../../shared/rules/phone-region';
import { queries } from '../api/queries';
import { BackupSection } from '../backup/BackupSection';
import { useSave } from '../api/useSave';
import { CallbackSettingsSection } from '../callbacks/settings/CallbackSettingsSection';
import { FieldList } from '../components/FieldList';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { useI18n } from '../i18n/I18nContext';
import { orDash, staffLabel } from '../i18n/labels';
import { LetterheadSection } from '../reports/LetterheadSection';
import { EncryptionSection } from '../encryption/EncryptionSection';
import { SignInSection } from '../auth/SignInSection';
import { PrivacySection } from '../privacy/PrivacySection';
import { PullSection } from '../hq/PullSection';
import { StaffSection } from '../staff/StaffSection';
import { HeadOfficeSection } from '../sync/HeadOfficeSection';
import { usePhoneRegion } from './usePhoneRegion';

const FOLLOW_SYSTEM = 'system';

/** Every region by its name in the UI's language (Intl's), with its country code: 中国香港特别行政区 (+852). */
function regionOptions(language: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const collator = new Intl.Collator(language);
  return PHONE_REGIONS.map((r) => ({ value: r, label: `${names.of(r) ?? r} (+${callingCode(r)})` })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}

/** Language, who is working at this desk, and what is running. */
export function SettingsPage() {
  const { t, preference, language } = useI18n();
  const phoneRegion = usePhoneRegion();
  const regions = useMemo(() => regionOptions(language), [language]);
  const settings = useQuery(queries.settings());
  const staff = useQuery(queries.staff());
  const info = useQuery(queries.appInfo());

  const update = useSave({
    channel: 'settings.update',
    // The language follows the cached settings at once.
    update: (client, saved) => client.setQueryData(queries.settings().queryKey, saved),
    notice: 'settings.saved',
  });

  const defaultStaffId = staff.data?.find((s) => s.isDefault)?.id ?? '';
  const currentStaffId = settings.data?.currentStaffId ?? defaultStaffId;

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <PageHeader title={t('settings.title')} />
      <Paper component="section" sx={{ p: 2.5 }}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('settings.general')}
        </Typography>
        <Stack spacing={2.5} sx={{ maxWidth: 360 }}>
          <SelectField
            label={t('settings.language')}
            value={preference ?? FOLLOW_SYSTEM}
            onChange={(value) =>
              void update.save({ language: value === FOLLOW_SYSTEM ? null : LANGUAGES.find((l) => l === value) })
            }
            options={[
              { value: FOLLOW_SYSTEM, label: t('settings.language.system') },
              ...LANGUAGES.map((l) => ({ value: l, label: t(`settings.language.${l}`) })),
            ]}
          />
          <SelectField
            label={t('settings.currentStaff')}
            value={currentStaffId}
            onChange={(value) => void update.save({ currentStaffId: value })}
            options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
            helperText={t('settings.currentStaffHint')}
          />
          <SelectField
            label={t('settings.phoneRegion')}
            value={phoneRegion}
            onChange={(value) => void update.save({ phoneRegion: isPhoneRegion(value) ? value : null })}
            options={regions}
            helperText={t('settings.phoneRegionHint')}
          />
        </Stack>
      </Paper>
      <Paper component="section" sx={{ p: 2.5 }}>
        <Typography variant="h2" sx={{ mb: 1 }}>
          {t('products.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('products.subtitle')}
        </Typography>
        <Button variant="outlined" component={RouterLink} to="/products">
          {t('products.openCatalogue')}
        </Button>
      </Paper>
      <LetterheadSection />
      <StaffSection />
      <SignInSection />
      <PrivacySection />
      <PullSection />
      <CallbackSettingsSection />
      <BackupSection />
      <EncryptionSection />
      <HeadOfficeSection />
      <Paper component="section" sx={{ p: 2.5 }}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('settings.about')}
        </Typography>
        {info.isError && <QueryError error={info.error} />}
        {info.data && (
          <FieldList
            fields={[
              { label: t('settings.version'), value: info.data.version },
              { label: t('settings.schemaVersion'), value: String(info.data.schemaVersion) },
              { label: t('settings.host'), value: t(`settings.host.${info.data.host}`) },
              { label: t('settings.dbPath'), value: orDash(t, info.data.dbPath), wide: true },
            ]}
          />
        )}
      </Paper>
    </Stack>
  );
}
