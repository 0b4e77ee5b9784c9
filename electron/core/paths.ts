import { homedir } from 'node:os';
import { join } from 'node:path';

/** The desktop app's data file, where Electron's userData folder for "Dossier" is, on each OS. */
export function defaultDbPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.DOSSIER_DB) return env.DOSSIER_DB;
  const home = homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'Dossier', 'dossier.db');
}
