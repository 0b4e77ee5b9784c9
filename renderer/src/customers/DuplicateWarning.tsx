import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DuplicateCandidate } from '../../../shared/customers/types';
import { useT } from '../i18n/I18nContext';

interface DuplicateWarningProps {
  readonly candidates: readonly DuplicateCandidate[];
  readonly onOpen: (id: string) => void;
  /** Present while a create is waiting for the user's decision. */
  readonly onCreateAnyway?: () => void;
  readonly onDismiss: () => void;
}

/** Existing customers that look like the one being entered, with why, so staff open the file instead of doubling it. */
export function DuplicateWarning({ candidates, onOpen, onCreateAnyway, onDismiss }: DuplicateWarningProps) {
  const t = useT();
  return (
    <Alert severity="warning" onClose={onDismiss} closeText={t('action.dismiss')} role="alert">
      <AlertTitle>{t('duplicates.title')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('duplicates.body')}
      </Typography>
      <Stack spacing={1} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {candidates.map((c) => (
          <Stack
            key={c.id}
            component="li"
            direction="row"
            spacing={1.5}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          >
            <Box sx={{ minWidth: 0 }}>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {c.elsewhere ? t('duplicates.elsewhere') : c.name}
              </Typography>
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {[c.mobile, c.employer].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
            {c.reasons.map((reason) => (
              <Chip key={reason} color="warning" variant="outlined" label={t(`duplicateReason.${reason}`)} />
            ))}
            {!c.elsewhere && (
              <Button size="small" variant="outlined" color="inherit" onClick={() => onOpen(c.id)}>
                {t('action.openExisting')}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
      {onCreateAnyway && (
        <Button sx={{ mt: 1.5 }} size="small" variant="contained" color="warning" onClick={onCreateAnyway}>
          {t('action.createAnyway')}
        </Button>
      )}
    </Alert>
  );
}
