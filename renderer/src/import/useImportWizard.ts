/**
 * The import wizard's state: the uploaded file, the settings the user chose, and the latest inspection.
 * Every settings change re-inspects the same uploaded file, so the preview is always live. The state is
 * kept for the browser session so a look at a duplicate's customer page and back loses nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/contract';
import type {
  ColumnMapping,
  DateOrder,
  DuplicatePolicy,
  ImportTarget,
  Inspection,
  TextEncoding,
} from '../../../shared/import/types';
import { api } from '../api/client';
import { isDateField } from './fields';

export const WIZARD_STEPS = ['file', 'source', 'mapping', 'preview', 'result'] as const;
export type WizardStep = 0 | 1 | 2 | 3 | 4;

export interface InspectRequest {
  readonly fileId: string;
  readonly target: ImportTarget;
  readonly sheet: string | null;
  readonly encoding: TextEncoding | null;
  /** 0-based; null lets the core find the header below any title rows. */
  readonly headerRow: number | null;
  /** null lets the core guess (or reuse the mapping remembered for these headers). */
  readonly mapping: readonly ColumnMapping[] | null;
  readonly dateOrders: Readonly<Record<string, DateOrder>>;
}

interface WizardState {
  readonly step: WizardStep;
  readonly target: ImportTarget;
  readonly fileName: string | null;
  readonly request: InspectRequest | null;
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

export interface ImportWizard extends WizardState {
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
  const [state, setState] = useState<WizardState>(loadState);
  const [restoreFrom] = useState(state.request);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [inspecting, setInspecting] = useState(restoreFrom !== null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Only the answer to the latest request may land: a slow early answer must not overwrite a later one.
  const latest = useRef(0);
  // The settings behind the inspection on screen: a change the core refuses (a header row past the end) is undone.
  const shownRequest = useRef<InspectRequest | null>(null);

  useEffect(() => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  }, [state]);

  const fetchInspection = useCallback((request: InspectRequest): Promise<Inspection | null> => {
    const ticket = ++latest.current;
    const mapping = request.mapping ? [...request.mapping] : null;
    return api['import.inspect']({ ...request, mapping }).then(
      (result) => {
        if (ticket !== latest.current) return null;
        shownRequest.current = request;
        setInspection(result);
        setError(null);
        setInspecting(false);
        if (request.encoding === null) setState((s) => ({ ...s, detectedEncoding: result.encoding }));
        return result;
      },
      (e: unknown) => {
        if (ticket !== latest.current) return null;
        const shown = shownRequest.current;
        setError(e);
        setState((s) => ({ ...s, request: shown }));
        setInspecting(false);
        return null;
      },
    );
  }, []);

  useEffect(() => {
    if (restoreFrom) void fetchInspection(restoreFrom);
  }, [restoreFrom, fetchInspection]);

  const inspect = (request: InspectRequest): Promise<Inspection | null> => {
    setInspecting(true);
    setState((s) => ({ ...s, request }));
    return fetchInspection(request);
  };

  const openFile = async (file: File): Promise<void> => {
    setUploading(file.name);
    setError(null);
    setInspection(null);
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      const uploaded = await api['files.upload']({ name: file.name, data });
      setState((s) => ({ ...s, fileName: uploaded.fileName, detectedEncoding: null, jobId: null }));
      const request: InspectRequest = {
        fileId: uploaded.fileId,
        target: state.target,
        sheet: null,
        encoding: null,
        headerRow: null,
        mapping: null,
        dateOrders: {},
      };
      const result = await inspect(request);
      setState((s) => (result ? { ...s, step: 1 } : { ...s, request: null, fileName: null }));
    } catch (e) {
      setError(e);
    } finally {
      setUploading(null);
    }
  };

  const { request } = state;
  const current = inspection;

  return {
    ...state,
    inspection,
    inspecting,
    uploading,
    error,
    openFile,
    setTarget: (target) => {
      setState((s) => ({ ...s, target }));
      if (request) void inspect({ ...request, target, headerRow: null, mapping: null, dateOrders: {} });
    },
    changeSource: (change) => {
      if (!request) return;
      const headerRow = change.headerRow ?? (change.sheet !== undefined ? null : request.headerRow);
      void inspect({ ...request, ...change, headerRow, mapping: null, dateOrders: {} });
    },
    setColumnMapping: (column, mapping) => {
      if (!request || !current) return;
      // The latest choices, even while the inspection of the previous one is still on its way.
      const next = (request.mapping ?? current.mapping).map((m, i) => (i === column ? mapping : m));
      const dateOrders = Object.fromEntries(
        Object.entries(request.dateOrders).filter(([col]) => isDateField(next[Number(col)])),
      );
      void inspect({ ...request, mapping: next, dateOrders });
    },
    setDateOrder: (column, order) => {
      if (!request || !current) return;
      const mapping = request.mapping ?? current.mapping;
      void inspect({ ...request, mapping, dateOrders: { ...request.dateOrders, [column]: order } });
    },
    setPolicy: (policy) => setState((s) => ({ ...s, policy })),
    goTo: (step) => {
      setError(null);
      setState((s) => ({ ...s, step }));
    },
    start: async () => {
      if (!request || !current) return;
      setError(null);
      // Run exactly what the preview showed: the sheet, encoding, header row and mapping in effect.
      const settings: Input<'import.start'> = {
        ...request,
        sheet: current.sheet,
        encoding: current.encoding,
        headerRow: current.headerRow,
        mapping: [...current.mapping],
        dateOrders: { ...request.dateOrders },
        policy: state.policy,
      };
      try {
        const { jobId } = await api['import.start'](settings);
        setState((s) => ({ ...s, jobId, step: 4 }));
      } catch (e) {
        setError(e);
      }
    },
    reset: () => {
      latest.current++;
      shownRequest.current = null;
      setState((s) => ({ ...INITIAL, target: s.target }));
      setInspection(null);
      setInspecting(false);
      setError(null);
    },
  };
}
