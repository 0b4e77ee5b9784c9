/**
 * The import wizard's state: the uploaded file, the settings the user chose, and the latest inspection.
 * Every settings change re-inspects the same uploaded file, so the preview is always live. The state is
 * kept for the browser session so a look at a duplicate's customer page and back loses nothing.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Input } from '../../../shared/contract';
import { isDateField } from '../../../shared/import/mapping';
import type {
  ColumnMapping,
  DateOrder,
  DuplicatePolicy,
  ImportTarget,
  Inspection,
  TextEncoding,
} from '../../../shared/import/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';

export const WIZARD_STEPS = ['file', 'source', 'mapping', 'preview', 'result'] as const;
export type WizardStep = 0 | 1 | 2 | 3 | 4;

type Settings = Input<'import.inspect'>;

interface WizardState {
  readonly step: WizardStep;
  readonly target: ImportTarget;
  readonly fileName: string | null;
  /** The settings asked for last. */
  readonly request: Settings | null;
  /** The settings whose inspection was on screen when `request` was asked for: shown again if the core refuses it. */
  readonly shown: Settings | null;
  /** The encoding the core found when the user had not chosen one. */
  readonly detectedEncoding: TextEncoding | null;
  readonly policy: DuplicatePolicy;
  readonly jobId: string | null;
}

const STORAGE_KEY = 'dossier.importWizard';
const INITIAL: WizardState = {
  step: 0,
  target: 'customers',
  fileName: null,
  request: null,
  shown: null,
  detectedEncoding: null,
  policy: 'skip',
  jobId: null,
};

function loadState(): WizardState {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return saved ? { ...INITIAL, ...(JSON.parse(saved) as Partial<WizardState>) } : INITIAL;
  } catch {
    return INITIAL;
  }
}

export interface ImportWizard extends Omit<WizardState, 'shown'> {
  readonly inspection: Inspection | null;
  readonly inspecting: boolean;
  /** The file being read and uploaded, while that takes. */
  readonly uploading: string | null;
  /** The last failure (a bad file, an expired upload); the last good inspection stays shown. */
  readonly error: unknown;
  readonly openFile: (file: File) => Promise<void>;
  readonly setTarget: (target: ImportTarget) => void;
  readonly changeSource: (change: { sheet?: string; encoding?: TextEncoding; headerRow?: number }) => void;
  readonly setColumnMapping: (column: number, mapping: ColumnMapping) => void;
  readonly setDateOrder: (column: number, order: DateOrder) => void;
  readonly setPolicy: (policy: DuplicatePolicy) => void;
  readonly goTo: (step: WizardStep) => void;
  readonly start: () => Promise<void>;
  readonly reset: () => void;
}

export function useImportWizard(): ImportWizard {
  const queryClient = useQueryClient();
  const [state, setState] = useState<WizardState>(loadState);
  const [uploading, setUploading] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // Read again on coming back (the customers it is checked against may have changed); kept while settings change.
  const asked = useQuery({ ...queries.inspection(state.request), staleTime: Infinity, refetchOnMount: 'always' });
  const before = useQuery({ ...queries.inspection(state.shown), staleTime: Infinity });
  // A change the core refuses (a header row past the end) is undone: the settings on screen are those shown before.
  const refused = asked.isError;
  const request = refused ? state.shown : state.request;
  const inspection = (refused ? before.data : (asked.data ?? before.data)) ?? null;
  const detectedEncoding = request?.encoding == null ? (inspection?.encoding ?? null) : state.detectedEncoding;
  // Both failures are said in the wizard itself, above its step.
  const said = (error: unknown): boolean => {
    setFailure(error);
    return true;
  };
  const upload = useSave({ channel: 'files.upload', onFailed: said });
  const run = useSave({ channel: 'import.start', onFailed: said });

  useEffect(() => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  }, [state]);

  const inspect = (next: Settings): void => {
    const onScreen = asked.isSuccess ? state.request : state.shown;
    setFailure(null);
    setState((s) => ({ ...s, request: next, shown: onScreen, detectedEncoding }));
  };

  const openFile = async (file: File): Promise<void> => {
    setUploading(file.name);
    setFailure(null);
    setState((s) => ({ ...s, request: null, shown: null, fileName: null, detectedEncoding: null, jobId: null }));
    try {
      const uploaded = await upload.save({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      if (!uploaded) return;
      const first: Settings = {
        fileId: uploaded.fileId,
        target: state.target,
        sheet: null,
        encoding: null,
        headerRow: null,
        mapping: null,
        dateOrders: {},
      };
      await queryClient.fetchQuery(queries.inspection(first));
      setState((s) => ({ ...s, fileName: uploaded.fileName, request: first, shown: first, step: 1 }));
    } catch (e) {
      setFailure(e);
    } finally {
      setUploading(null);
    }
  };

  const dateOrders = request?.dateOrders ?? {};

  return {
    ...state,
    request,
    detectedEncoding,
    inspection,
    inspecting: asked.isFetching,
    uploading,
    error: failure ?? (refused ? asked.error : null),
    openFile,
    setTarget: (target) => {
      setState((s) => ({ ...s, target }));
      if (request) inspect({ ...request, target, headerRow: null, mapping: null, dateOrders: {} });
    },
    changeSource: (change) => {
      if (!request) return;
      const headerRow = change.headerRow ?? (change.sheet !== undefined ? null : request.headerRow);
      inspect({ ...request, ...change, headerRow, mapping: null, dateOrders: {} });
    },
    setColumnMapping: (column, mapping) => {
      if (!request || !inspection) return;
      // The latest choices, even while the inspection of the previous one is still on its way.
      const next = (request.mapping ?? inspection.mapping).map((m, i) => (i === column ? mapping : m));
      const kept = Object.fromEntries(Object.entries(dateOrders).filter(([col]) => isDateField(next[Number(col)])));
      inspect({ ...request, mapping: next, dateOrders: kept });
    },
    setDateOrder: (column, order) => {
      if (!request || !inspection) return;
      const mapping = request.mapping ?? [...inspection.mapping];
      inspect({ ...request, mapping, dateOrders: { ...dateOrders, [column]: order } });
    },
    setPolicy: (policy) => setState((s) => ({ ...s, policy })),
    goTo: (step) => {
      setFailure(null);
      // Moving on settles a refused change: what is on screen is what was asked for.
      setState((s) => ({ ...s, step, request: refused ? s.shown : s.request }));
    },
    start: async () => {
      if (!request || !inspection) return;
      setFailure(null);
      // Run exactly what the preview showed: the sheet, encoding, header row and mapping in effect.
      const started = await run.save({
        ...request,
        sheet: inspection.sheet,
        encoding: inspection.encoding,
        headerRow: inspection.headerRow,
        mapping: [...inspection.mapping],
        dateOrders: { ...dateOrders },
        policy: state.policy,
      });
      if (started) setState((s) => ({ ...s, jobId: started.jobId, step: 4 }));
    },
    reset: () => {
      setState((s) => ({ ...INITIAL, target: s.target }));
      setFailure(null);
    },
  };
}
