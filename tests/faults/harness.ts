/**
 * The fault-injection harness every killed-process test shares: the `dossier` CLI bundled once (with its import
 * worker beside it, as in dist/electron), run in a child process and killed with SIGKILL at a chosen moment (after
 * some milliseconds, or when its progress output says it is part-way), and a seeded random source so a failing
 * trial can be run again (`DOSSIER_FAULT_SEED`).
 */
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundle } from '../unit/import/bundle';

let bundled: Promise<string> | null = null;

/** The CLI bundled once per test file, the import worker beside it. */
export function cliBundle(): Promise<string> {
  bundled ??= (async () => {
    const cli = await bundle('electron/cli/main.ts', 'cli');
    copyFileSync(
      await bundle('electron/core/import/worker.ts', 'import-worker'),
      join(dirname(cli), 'import-worker.cjs'),
    );
    return cli;
  })();
  return bundled;
}

/** When to kill: after `ms` milliseconds, or as soon as the output so far (stdout + stderr) matches `output`. */
export interface KillAt {
  readonly ms?: number;
  readonly output?: RegExp | ((text: string) => boolean);
  /** Called just before the kill (to look at the files as the process leaves them). */
  readonly beforeKill?: () => void;
  /** Told the output so far each time there is more (to start something else at a point of the run). */
  readonly onOutput?: (text: string) => void;
}

export interface Run {
  /** Killed by us with SIGKILL (false: it ended by itself first). */
  readonly killed: boolean;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** How long the process ran, in milliseconds. */
  readonly ms: number;
}

/** `dossier …` in a child process, killed with SIGKILL at `at` unless it ends first. */
export async function runCli(
  args: readonly string[],
  at: KillAt = {},
  env: Readonly<Record<string, string>> = {},
): Promise<Run> {
  const cli = await cliBundle();
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const kill = (): void => {
      if (killed || child.exitCode !== null) return;
      killed = true;
      at.beforeKill?.();
      child.kill('SIGKILL');
    };
    const timer = at.ms === undefined ? null : setTimeout(kill, at.ms);
    const watch = (): void => {
      at.onOutput?.(stdout + stderr);
      const { output } = at;
      if (output && (typeof output === 'function' ? output(stdout + stderr) : output.test(stdout + stderr))) kill();
    };
    // Decoded as a stream: a character split between two chunks (…, 名) arrives whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      watch();
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      watch();
    });
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ killed, code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
