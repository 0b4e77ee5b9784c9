// Runs npm scripts side by side (the checks and the build use one core each) and prints each one's output whole,
// in the order given, once it ends. Exits non-zero when any of them failed.
//   node scripts/parallel.mjs typecheck lint build
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn('npm', ['run', '--silent', name], { shell: process.platform === 'win32' });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
    }),
);
let failed = 0;
for (const run of runs) {
  const { name, code, output, seconds } = await run;
  process.stdout.write(`\n== ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds.toFixed(0)} s\n`);
  process.stdout.write(output);
  if (code !== 0) failed += 1;
}
process.exitCode = failed ? 1 : 0;
