#!/usr/bin/env node
// `dossier` / `npx dossier`: runs the built CLI, building it first in a fresh checkout.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'electron', 'cli.cjs');
if (!existsSync(cli)) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--node-only'], { cwd: root, stdio: 'inherit' });
}
const { runCli } = require(cli);
runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`dossier: ${error && error.message ? error.message : String(error)}`);
    process.exit(1);
  },
);
