/**
 * Bundles an entry point the way scripts/build.mjs does (esbuild, CommonJS for Node), into a temporary folder, so a
 * test can run the CLI in a child process or the import worker in a worker thread without `npm run build` first.
 * The packages the build leaves external are required by absolute path, so the bundle runs from anywhere.
 */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
const EXTERNAL = ['better-sqlite3', '@node-rs/argon2', 'exceljs', 'pg'];
const requireHere = createRequire(join(ROOT, 'package.json'));

/** Bundles `entry` (relative to the project root) into a new temporary folder; returns the bundle's path. */
export async function bundle(entry: string, name: string): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'dossier-bundle-')), `${name}.cjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    plugins: [
      {
        name: 'external-by-absolute-path',
        setup(b) {
          b.onResolve({ filter: new RegExp(`^(${EXTERNAL.join('|')})$`) }, (args) => ({
            path: requireHere.resolve(args.path),
            external: true,
          }));
        },
      },
    ],
  });
  return outfile;
}
