import type { Language } from '../i18n/languages';

export interface AppInfo {
  readonly version: string;
  readonly dbPath: string;
  readonly schemaVersion: number;
  readonly host: 'desktop' | 'web';
}

export interface Settings {
  /** null means: follow the operating system's language. */
  readonly language: Language | null;
  readonly currentStaffId: string | null;
}
