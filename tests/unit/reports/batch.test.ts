/**
 * Batches of customer analysis reports with a stand-in print engine (the real one is checked on real PDFs in
 * pdf.test.ts): which customers, in which order, under which file names, progress, cancel, one PDF, the zip and the
 * audit of an unmasked batch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchCancelled, printCombined, printEach } from '../../../electron/core/reports/batch';
import type { PdfOptions, PrintEngine } from '../../../electron/core/reports/print-engine';
import { batchInput, type BatchStatus } from '../../../shared/reports/batch';
import { createDispatch } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { unwrap } from '../../../shared/result';
import { branch, type Branch } from './branch';

/** Answers each document with its own HTML as the "PDF", and keeps what it was asked to print. */
function fakeEngine(): PrintEngine & { printed: { html: string; options: PdfOptions }[] } {
  const printed: { html: string; options: PdfOptions }[] = [];
  return {
    printed,
    pdf: (html, options) => {
      printed.push({ html, options });
      return Promise.resolve(new TextEncoder().encode(html));
    },
    close: () => Promise.resolve(),
  };
}

const noHooks = { onProgress: () => undefined, isCancelled: () => false };

describe('a batch of customer analysis reports', () => {
  let b: Branch;
  beforeAll(async () => {
    b = await branch();
    await b.call('savedSegments.create', { name: 'Li Lei 的客户', filter: { ownerId: b.liLei } });
  });

  it('prints one PDF per customer of a saved segment, in name order, numbered, with progress', async () => {
    const engine = fakeEngine();
    const files: string[] = [];
    const progress: string[] = [];
    const count = await printEach(
      b.db,
      engine,
      batchInput.parse({ segmentName: 'Li Lei 的客户', lang: 'zh-CN' }),
      b.wangLi,
      (name) => void files.push(name),
      { onProgress: (done, total) => void progress.push(`${done}/${total}`), isCancelled: () => false },
    );
    expect(count).toBe(3);
    // The name of a customer that looks like markup is made a safe file name; the report prints it as text.
    expect(files).toEqual(['1 Emily Carter.pdf', '2 img src=x onerror=alert(1).pdf', '3 李娜.pdf']);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(engine.printed[0]?.html).toContain('客户分析报告——Emily Carter');
    expect(engine.printed[0]?.html).toContain('137****1111');
    expect(engine.printed[1]?.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(engine.printed[1]?.html).not.toContain('<img src=x');
    expect(engine.printed.every((p) => p.options.paper === 'A4')).toBe(true);
  });

  it('stops when cancelled, between two reports', async () => {
    const engine = fakeEngine();
    let cancel = false;
    const run = printEach(
      b.db,
      engine,
      batchInput.parse({ filter: { ownerId: b.liLei } }),
      b.wangLi,
      () => {
        cancel = true;
      },
      { onProgress: () => undefined, isCancelled: () => cancel },
    );
    await expect(run).rejects.toBeInstanceOf(BatchCancelled);
    expect(engine.printed).toHaveLength(1);
  });

  it('prints every report of an account manager into one document, each from a new page, audited when unmasked', async () => {
    const engine = fakeEngine();
    const out = await printCombined(
      b.db,
      engine,
      batchInput.parse({ filter: { ownerId: b.wangLi }, output: 'combined', lang: 'en', unmask: true }),
      b.wangLi,
      noHooks,
    );
    expect(engine.printed).toHaveLength(1);
    const html = engine.printed[0]?.html ?? '';
    expect(out.title).toBe('Customer analysis reports (2 customers)');
    expect(html.indexOf('Customer analysis report — 王芳')).toBeLessThan(
      html.indexOf('Customer analysis report — 张伟'),
    );
    expect(html.match(/break-before: page/g)).toHaveLength(1);
    // Unmasked: the numbers whole, and the batch in the audit log.
    expect(html).toContain('13812345678');
    const audit = b.db
      .prepare("SELECT entity_id AS entityId, changes FROM audit_log WHERE entity = 'reportPrint'")
      .all() as { entityId: string; changes: string }[];
    expect(audit.map((a) => a.entityId)).toEqual(['batch']);
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({ count: 2, unmasked: true });
  });

  it('refuses a batch of no customer at once', async () => {
    const reply = await b.dispatch('reports.batch.start', { filter: { region: '广州' } });
    expect(reply).toMatchObject({ ok: false, error: { issues: [{ code: 'reportKinds.batch.empty' }] } });
  });
});

describe('the app’s batch job', () => {
  it('zips one PDF per customer and hands the zip over once', async () => {
    const b = await branch();
    const engine = fakeEngine();
    const handlers = createHandlers({
      db: b.db,
      dbPath: ':memory:',
      host: 'web',
      version: 'test',
      printEngine: engine,
    });
    const dispatch = createDispatch(handlers, () => undefined);
    const call = async (channel: string, input: unknown): Promise<BatchStatus> =>
      unwrap(await dispatch(channel, input)) as BatchStatus;
    const started = await call('reports.batch.start', { filter: { region: '北京' }, lang: 'zh-CN' });
    expect(started.state).toBe('running');
    let status = started;
    for (let i = 0; i < 100 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      status = await call('reports.batch.get', { jobId: started.id });
    }
    expect(status).toMatchObject({ state: 'done', done: 2, total: 2 });
    expect(status.file?.fileName).toBe('客户分析报告.zip');
    const zip = Buffer.from(status.file?.base64 ?? '', 'base64');
    // Entries are stored (method 0) with UTF-8 names: the second local header names 张伟.
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.toString('utf8')).toContain('1 王芳.pdf');
    expect(zip.toString('utf8')).toContain('2 张伟.pdf');
    expect(zip.toString('utf8')).toContain('客户分析报告——张伟');
    expect(engine.printed).toHaveLength(2);
    const gone = await dispatch('reports.batch.get', { jobId: started.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('cancels a running batch', async () => {
    const b = await branch();
    const engine = fakeEngine();
    const handlers = createHandlers({
      db: b.db,
      dbPath: ':memory:',
      host: 'web',
      version: 'test',
      printEngine: engine,
    });
    const dispatch = createDispatch(handlers, () => undefined);
    const started = unwrap(await dispatch('reports.batch.start', { filter: {} })) as BatchStatus;
    unwrap(await dispatch('reports.batch.cancel', { jobId: started.id }));
    let status = started;
    for (let i = 0; i < 100 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      status = unwrap(await dispatch('reports.batch.get', { jobId: started.id })) as BatchStatus;
    }
    expect(status.state).toBe('cancelled');
    expect(status.done).toBeLessThan(5);
    expect(status.file).toBeNull();
  });
});
