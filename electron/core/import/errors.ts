import { DossierError } from '../../../shared/result';

/** An import problem the user can act on; `key` is an i18n message key, `params` fill it in. */
export function importError(key: string, message: string, params: Record<string, string | number> = {}): DossierError {
  return new DossierError({ code: 'validation', message, issues: [{ path: 'file', code: key }], details: params });
}

/** Limits that keep memory bounded and messages specific. */
export const LIMITS = {
  maxFileBytes: 200 * 1024 * 1024,
  maxRows: 300_000,
  maxColumns: 500,
  maxCellChars: 32_767,
  maxUnzippedBytes: 1024 * 1024 * 1024,
  maxZipRatio: 200,
} as const;
