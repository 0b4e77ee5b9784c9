// `npm start`: launches the desktop app, or says in one line why it cannot and what to use instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { prepareElectronBinding } from './electron-native.mjs';

const require = createRequire(import.meta.url);
const webHint = 'Use the same app in your browser instead: npm run web';

function electronBinary() {
  try {
    const electronDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(electronDir, 'path.txt');
    if (!existsSync(pathFile)) return { dir: electronDir, binary: null };
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return { dir: electronDir, binary: existsSync(binary) ? binary : null };
  } catch {
    return { dir: null, binary: null };
  }
}

let { dir, binary } = electronBinary();
if (!dir) {
  console.error(`Dossier: the electron package is not installed (run npm install). ${webHint}`);
  process.exit(1);
}
if (!binary) {
  // The runtime is downloaded on first start; a machine without that download gets one clear line.
  const fetched = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  ({ binary } = electronBinary());
  if (fetched.status !== 0 || !binary) {
    console.error(
      `Dossier: the Electron runtime is not installed and could not be downloaded on this machine. ${webHint}`,
    );
    process.exit(1);
  }
}
let nativeBinding;
try {
  nativeBinding = prepareElectronBinding();
} catch (error) {
  console.error(`Dossier: ${error.message}. ${webHint}`);
  process.exit(1);
}
const env = { ...process.env, DOSSIER_NATIVE_BINDING: nativeBinding };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.'], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 0));
