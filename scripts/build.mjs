// Builds everything into dist/: the renderer with Vite, the Node/Electron entry points with esbuild.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const only = process.argv.includes('--node-only') ? 'node' : 'all';
if (only === 'all') rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // exceljs stays a runtime dependency, loaded lazily, so start-up does not parse 3 MB for a rare export.
  external: ['electron', 'better-sqlite3', '@node-rs/argon2', 'playwright-core', 'exceljs', 'pg'],
};

await Promise.all([
  esbuild({
    ...common,
    entryPoints: {
      'electron/main': 'electron/main.ts',
      'electron/web': 'electron/web.ts',
      'electron/cli': 'electron/cli/main.ts',
      'electron/import-worker': 'electron/core/import/worker.ts',
      'electron/segments-worker': 'electron/core/segments/worker.ts',
      'electron/privacy-worker': 'electron/core/privacy/worker.ts',
      'electron/backup-worker': 'electron/core/backup/worker.ts',
      'electron/undo-worker': 'electron/core/import/undo-worker.ts',
      'tests/bench': 'tests/bench/bench.ts',
      'tests/startup': 'tests/bench/startup.ts',
      'tests/import-bench': 'tests/bench/import.ts',
      'tests/queries': 'tests/bench/queries.ts',
      'tests/callbacks-bench': 'tests/bench/callbacks.ts',
      'tests/complaints-bench': 'tests/bench/complaints.ts',
      'tests/occasions-bench': 'tests/bench/occasions.ts',
      'tests/segments-bench': 'tests/bench/segments-bench.ts',
      'tests/customer-bulk-bench': 'tests/bench/customer-bulk.ts',
      'tests/reports-bench': 'tests/bench/reports.ts',
      'tests/encryption-bench': 'tests/bench/encryption.ts',
      'tests/reports-batch-bench': 'tests/bench/reports-batch.ts',
      'tests/sync-bench': 'tests/bench/sync-bench.ts',
      'tests/second-writer-bench': 'tests/bench/second-writer.ts',
      'tests/hq-bench': 'tests/bench/hq-bench.ts',
      'tests/host-block-bench': 'tests/bench/host-block.ts',
      'tests/copy-bench': 'tests/bench/copy.ts',
      'tests/page-formats-bench': 'tests/bench/page-formats.ts',
    },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
  }),
  // A sandboxed preload cannot require anything but electron: bundle it whole.
  esbuild({
    ...common,
    entryPoints: { 'electron/preload': 'electron/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
  }),
  only === 'all' ? vite({ configFile: 'vite.config.ts', logLevel: 'warn' }) : Promise.resolve(),
]);
// The reports' CJK font: Noto Sans SC regular and bold in @fontsource's unicode-range subsets (woff2 only), loaded
// by the report document from dist/fonts (electron/core/reports/fonts.ts).
const fontSource = 'node_modules/@fontsource/noto-sans-sc';
const fontOut = 'dist/fonts/noto-sans-sc';
mkdirSync(`${fontOut}/files`, { recursive: true });
for (const css of ['400.css', '700.css', 'LICENSE']) copyFileSync(`${fontSource}/${css}`, `${fontOut}/${css}`);
for (const file of readdirSync(`${fontSource}/files`)) {
  if (/-(400|700)-normal\.woff2$/.test(file)) copyFileSync(`${fontSource}/files/${file}`, `${fontOut}/files/${file}`);
}

console.log('built dist/');
