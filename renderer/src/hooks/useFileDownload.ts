/** Makes a file in the core, hands it to the user as a download and says so; one busy flag per button. */
import { useState } from 'react';
import type { FileDownload } from '../../../shared/import/types';
import { saveDownload } from '../download';
import { useT } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';

export function useFileDownload(): {
  readonly busy: boolean;
  readonly download: (make: () => Promise<FileDownload>) => Promise<void>;
} {
  const t = useT();
  const notify = useNotify();
  const showError = useErrorNotice();
  const [busy, setBusy] = useState(false);
  const download = async (make: () => Promise<FileDownload>): Promise<void> => {
    setBusy(true);
    try {
      const file = await make();
      saveDownload(file);
      notify({ message: t('export.done', { file: file.fileName }) });
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
