// better-sqlite3 for the Electron runtime, beside the plain-Node build the CLI and tests use.
// A native module is built for one ABI: Electron's differs from Node's, so `npm start` (and the Electron end-to-end
// run) load a second copy through DOSSIER_NATIVE_BINDING instead of rebuilding node_modules in place.
// Run directly (`node scripts/electron-native.mjs`) it prepares the copy and prints its path.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the Electron fixture of the end-to-end tests looks for the prepared copy. */
export const BINDING_POINTER = join(ROOT, 'node_modules', '.cache', 'dossier-native', 'better_sqlite3.path');

function run(command, args, cwd) {
  const isWindows = process.platform === 'win32';
  const result = spawnSync(isWindows ? `${command}.cmd` : command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: isWindows,
    timeout: 15 * 60_000,
  });
  return result.status === 0;
}

/**
 * Answers the path of a better_sqlite3.node built for this Electron, making it on first use: a prebuilt binary when
 * one can be downloaded, else a compile against Electron's headers. Throws with a one-line reason when neither works.
 */
export function prepareElectronBinding() {
  const electronVersion = require('electron/package.json').version;
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  // `better-sqlite3` is an alias of better-sqlite3-multiple-ciphers: its real name keys the cached build too.
  const { name: sqliteName, version: sqliteVersion } = require('better-sqlite3/package.json');
  const target = join(
    ROOT,
    'node_modules',
    '.cache',
    'dossier-native',
    `${sqliteName}-${sqliteVersion}-electron-${electronVersion}-${process.platform}-${process.arch}.node`,
  );
  if (!existsSync(target)) {
    const work = mkdtempSync(join(tmpdir(), 'dossier-native-'));
    try {
      for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib'])
        cpSync(join(sqliteDir, part), join(work, part), { recursive: true });
      const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
      const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
      const built =
        run(bin('prebuild-install'), [...electronArgs, `--platform=${process.platform}`], work) ||
        run(
          bin('node-gyp'),
          ['rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'],
          work,
        );
      const made = join(work, 'build', 'Release', 'better_sqlite3.node');
      if (!built || !existsSync(made))
        throw new Error(
          `better-sqlite3 could not be prepared for Electron ${electronVersion} (no prebuilt binary could be downloaded and compiling against Electron's headers failed)`,
        );
      mkdirSync(dirname(target), { recursive: true });
      cpSync(made, target);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  writeFileSync(BINDING_POINTER, target);
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(prepareElectronBinding());
  } catch (error) {
    console.error(`Dossier: ${error.message}.`);
    process.exit(1);
  }
}
