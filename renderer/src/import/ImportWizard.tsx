import InsertDriveFileOutlinedIcon from '@mui/icons-material/InsertDriveFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Inspection } from '../../../shared/import/types';
import { issueErrorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';
import { TOP_BAR_HEIGHT } from '../layout/SideNav';
import { FileStep } from './FileStep';
import { mappingBlockers } from './fields';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RunStep } from './RunStep';
import { SourceStep } from './SourceStep';
import { useImportWizard, WIZARD_STEPS, type ImportWizard as Wizard, type WizardStep } from './useImportWizard';

/** Back and Next under a step; Next is held back while the preview is being redone or something is missing. */
function StepActions({ wizard, next }: { readonly wizard: Wizard; readonly next: ReactNode }) {
  const t = useT();
  return (
    <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', pt: 1 }}>
      <Button onClick={() => wizard.goTo((wizard.step - 1) as WizardStep)}>{t('action.back')}</Button>
      {next}
    </Stack>
  );
}

function InspectedStep({ wizard, inspection }: { readonly wizard: Wizard; readonly inspection: Inspection }) {
  const t = useT();
  const [starting, setStarting] = useState(false);
  const blockers = mappingBlockers(t, wizard, inspection);
  const nothingToImport = inspection.valid === 0 && inspection.counted === inspection.dataRows;

  if (wizard.step === 1)
    return (
      <>
        <SourceStep wizard={wizard} inspection={inspection} />
        <StepActions
          wizard={wizard}
          next={
            <Button variant="contained" disabled={wizard.inspecting} onClick={() => wizard.goTo(2)}>
              {t('action.next')}
            </Button>
          }
        />
      </>
    );
  if (wizard.step === 2)
    return (
      <>
        <MappingStep wizard={wizard} inspection={inspection} />
        <StepActions
          wizard={wizard}
          next={
            <Button
              variant="contained"
              disabled={wizard.inspecting || blockers.length > 0}
              onClick={() => wizard.goTo(3)}
            >
              {t('action.next')}
            </Button>
          }
        />
      </>
    );
  return (
    <>
      <PreviewStep wizard={wizard} inspection={inspection} />
      <StepActions
        wizard={wizard}
        next={
          <Button
            variant="contained"
            disabled={wizard.inspecting || starting || blockers.length > 0 || nothingToImport}
            startIcon={starting ? <CircularProgress size={14} color="inherit" /> : undefined}
            onClick={() => {
              setStarting(true);
              void wizard.start().finally(() => setStarting(false));
            }}
          >
            {t('import.run')}
          </Button>
        }
      />
    </>
  );
}

function StepContent({ wizard }: { readonly wizard: Wizard }) {
  const t = useT();
  if (wizard.step === 0) return <FileStep wizard={wizard} />;
  if (wizard.step === 4) return <RunStep wizard={wizard} />;
  const { inspection } = wizard;
  if (!inspection) {
    if (wizard.inspecting) return <CircularProgress aria-label={t('common.loading')} />;
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        {wizard.error !== null && (
          <Alert severity="error" sx={{ alignSelf: 'stretch' }}>
            {issueErrorMessage(t, wizard.error)}
          </Alert>
        )}
        <Button variant="contained" onClick={wizard.reset}>
          {t('import.chooseAnother')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack spacing={2}>
      {wizard.error !== null && <Alert severity="error">{issueErrorMessage(t, wizard.error)}</Alert>}
      <InspectedStep wizard={wizard} inspection={inspection} />
    </Stack>
  );
}

/** The import as five steps: file, file settings, columns, preview, run and result. */
export function ImportWizard() {
  const t = useT();
  const wizard = useImportWizard();
  const { step } = wizard;
  // Earlier steps can be revisited until the import runs.
  const canRevisit = step > 0 && step < 4;
  const top = useRef<HTMLElement>(null);
  // A new step starts at its top, not where the Next button of the last one was.
  useEffect(() => {
    const wizardTop = top.current;
    if (wizardTop && wizardTop.getBoundingClientRect().top < TOP_BAR_HEIGHT)
      wizardTop.scrollIntoView({ block: 'start' });
  }, [step]);

  return (
    <Paper ref={top} component="section" sx={{ p: 2.5, position: 'relative', overflow: 'hidden', scrollMarginTop: 16 }}>
      <Box sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 3 }}>
        {wizard.inspecting && wizard.inspection && <LinearProgress aria-hidden sx={{ height: 3 }} />}
      </Box>
      <Stepper activeStep={step} sx={{ mb: 3 }}>
        {WIZARD_STEPS.map((name, i) => (
          <Step key={name} completed={i < step}>
            {canRevisit && i < step ? (
              <StepButton onClick={() => wizard.goTo(i as WizardStep)}>{t(`import.step.${name}`)}</StepButton>
            ) : (
              <StepLabel>{t(`import.step.${name}`)}</StepLabel>
            )}
          </Step>
        ))}
      </Stepper>
      {step > 0 && wizard.fileName && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, color: 'text.secondary' }}>
          <InsertDriveFileOutlinedIcon fontSize="small" />
          <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
            {wizard.fileName}
          </Typography>
          <Typography variant="body2">· {t(`import.target.${wizard.target}`)}</Typography>
        </Stack>
      )}
      <StepContent wizard={wizard} />
    </Paper>
  );
}
