/**
 * A second writer: `dossier import` of a large file in a child process while this process's core (as the web or
 * desktop host holds it) saves a customer every 200 ms and serves a read every 50 ms. Measures how long reads take
 * from call to answer (which includes any time the event loop was blocked), how far a 10 ms timer is late at worst,
 * how long saves wait, and what every refused save was answered. Shared by the unit test and the benchmark.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCore } from '../../electron/core/index';
import type { ErrorBody } from '../../shared/result';

export interface SecondWriterFigures {
  /** The CLI import's exit code and how long it ran. */
  readonly importCode: number | null;
  readonly importMs: number;
  readonly importStderr: string;
  readonly reads: number;
  readonly maxReadMs: number;
  readonly p99ReadMs: number;
  /** The worst lateness of a 10 ms timer: how long the event loop was blocked at most. */
  readonly maxLoopLagMs: number;
  /** Every stall of the event loop over 200 ms: when (ms after the import started) and how long. */
  readonly stalls: readonly { readonly at: number; readonly ms: number }[];
  /** Saves asked for, saves done; the longest a save took from the first try to done (retries included). */
  readonly saves: number;
  readonly saved: number;
  readonly maxSaveMs: number;
  /** Every refusal a save got, by code (db_busy is the one expected; it is tried again as the renderer does). */
  readonly refusals: Readonly<Record<string, number>>;
  /** Refusals other than db_busy, whole. */
  readonly otherErrors: readonly ErrorBody[];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

export async function secondWriter(cli: string, dbPath: string, csv: string): Promise<SecondWriterFigures> {
  const core = createCore({ dbPath, host: 'web', backups: false });
  const started = Date.now();
  const child = spawn(process.execPath, [cli, 'import', csv, '--db', dbPath, '--json'], {
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let importStderr = '';
  child.stderr.on('data', (chunk: Buffer) => (importStderr += chunk.toString()));
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running = false;
      resolve(code);
    }),
  );
  let importMs = 0;
  void exited.then(() => (importMs = Date.now() - started));

  let maxLoopLagMs = 0;
  const stalls: { at: number; ms: number }[] = [];
  let tick = Date.now();
  const lag = setInterval(() => {
    const now = Date.now();
    const late = now - tick - 10;
    maxLoopLagMs = Math.max(maxLoopLagMs, late);
    if (late > 200) stalls.push({ at: tick - started, ms: late });
    tick = now;
  }, 10);

  const readTimes: number[] = [];
  const reads = (async () => {
    for (let i = 0; running; i++) {
      const t0 = performance.now();
      const reply = await (i % 2 === 0
        ? core.dispatch('customers.list', {})
        : core.dispatch('customers.search', { query: i % 4 === 1 ? '张伟' : '1380013' }));
      readTimes.push(performance.now() - t0);
      if (!reply.ok) throw new Error(`a read failed: ${JSON.stringify(reply.error)}`);
      await sleep(50);
    }
  })();

  const refusals: Record<string, number> = {};
  const otherErrors: ErrorBody[] = [];
  let saves = 0;
  let saved = 0;
  let maxSaveMs = 0;
  const save = async (n: number): Promise<void> => {
    const t0 = Date.now();
    // As the renderer does (renderer/src/api/busy.ts): db_busy is said and the save sent again.
    for (;;) {
      const reply = await core.dispatch('customers.create', {
        customer: { kind: 'person', name: `周晓梅${n}`, mobile: `1592${String(1_000_000 + n).slice(1)}0` },
      });
      if (reply.ok) break;
      refusals[reply.error.code] = (refusals[reply.error.code] ?? 0) + 1;
      if (reply.error.code !== 'db_busy') {
        otherErrors.push(reply.error);
        return;
      }
      await sleep(200);
    }
    saved++;
    maxSaveMs = Math.max(maxSaveMs, Date.now() - t0);
  };
  const pending: Promise<void>[] = [];
  while (running) {
    pending.push(save(saves++));
    await sleep(200);
  }
  const importCode = await exited;
  await Promise.all([...pending, reads]);
  clearInterval(lag);
  core.close();
  return {
    importCode,
    importMs,
    importStderr,
    reads: readTimes.length,
    maxReadMs: Math.round(Math.max(0, ...readTimes)),
    p99ReadMs: Math.round(percentile(readTimes, 99)),
    maxLoopLagMs,
    stalls,
    saves,
    saved,
    maxSaveMs,
    refusals,
    otherErrors,
  };
}
