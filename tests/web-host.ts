/** The web host as the end-to-end tests and the start-up benchmark start it, and the Chromium they drive. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

export interface WebApp {
  readonly url: string;
  readonly dbPath: string;
  readonly process: ChildProcess;
}

/** Starts the web host on a random port with the given database and waits for its URL. */
export function startWebApp(root: string, dbPath: string, extraArgs: readonly string[] = []): Promise<WebApp> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'electron', 'web.cjs'), '--db', dbPath, ...extraArgs], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ url: match[1], dbPath, process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}

export function stopWebApp(app: WebApp): Promise<void> {
  return new Promise((resolveStop) => {
    if (app.process.exitCode !== null) return resolveStop();
    app.process.once('exit', () => resolveStop());
    app.process.kill('SIGTERM');
  });
}
