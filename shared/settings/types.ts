import type { Language } from '../i18n/languages';

export interface AppInfo {
  readonly version: string;
  readonly dbPath: string;
  readonly schemaVersion: number;
  readonly host: Host;
}

export interface Settings {
  /** null means: follow the operating system's language. */
  readonly language: Language | null;
  readonly currentStaffId: string | null;
}

/** Which host the core runs in: the desktop app, the web page, or the `dossier` command. */
export type Host = 'desktop' | 'web' | 'cli';
