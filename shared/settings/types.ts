import type { Language } from '../i18n/languages';
import type { PhoneRegion } from '../rules/phone-region';

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
  /** Where a number typed without country code is read; CN unless changed. */
  readonly phoneRegion: PhoneRegion;
}

/** Which host the core runs in: the desktop app, the web page, or the `dossier` command. */
export type Host = 'desktop' | 'web' | 'cli';
