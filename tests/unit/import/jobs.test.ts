import { describe, expect, it } from 'vitest';
import type { DuplicateReview, Inspection, JobStatus, UndoPlan } from '../../../shared/import/types';
import type { Page } from '../../../shared/records';
import type { CustomerRow } from '../../../shared/customers/types';
import { csvText, gbkCsv } from '../../fixtures/spreadsheets';
import { memoryCore, type TestCore } from '../helpers';

async function call<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

async function waitForJob(core: TestCore, jobId: string): Promise<JobStatus> {
  for (let i = 0; i < 200; i++) {
    const status = await call<JobStatus>(core, 'jobs.get', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job did not finish');
}

describe('import through the contract', () => {
  it('fails a job on a file past a limit with the message filled in: which row, what limit', async () => {
    const core = memoryCore();
    const wide = Array.from({ length: 600 }, (_, i) => `列${i + 1}`);
    const { fileId } = await call<{ fileId: string }>(core, 'files.upload', {
      name: '客户名单.csv',
      data: new Uint8Array(Buffer.from(csvText(['姓名', '手机'], [['张伟', '13800138000'], wide]))),
    });
    const { jobId } = await call<{ jobId: string }>(core, 'import.start', { fileId, policy: 'skip' });
    const status = await waitForJob(core, jobId);
    expect(status.state).toBe('failed');
    expect(status.error).toMatchObject({ issues: [{ code: 'import.tooManyColumns' }], details: { row: 3, max: 500 } });
    expect((await call<Page<CustomerRow>>(core, 'customers.list', {})).total).toBe(0);
  });

  it('uploads, inspects, runs as a job, lists the batch, offers the rejected rows, and undoes it', async () => {
    const core = memoryCore();
    const { fileId } = await call<{ fileId: string }>(core, 'files.upload', {
      name: '客户名单.csv',
      data: new Uint8Array(gbkCsv()),
    });
    const inspection = await call<Inspection>(core, 'import.inspect', { fileId });
    expect(inspection).toMatchObject({
      format: 'csv',
      encoding: 'gb18030',
      headerRow: 1,
      dataRows: 6,
      valid: 3,
      invalid: 3,
    });
    const { jobId } = await call<{ jobId: string }>(core, 'import.start', { fileId, policy: 'skip' });
    const status = await waitForJob(core, jobId);
    expect(status.state).toBe('done');
    expect(status.result).toMatchObject({ created: 3, rejected: 3 });
    const list = await call<Page<CustomerRow>>(core, 'customers.list', {});
    expect(list.total).toBe(3);
    // The same file again: every valid row is now a customer, and the review names each one.
    const review = await call<DuplicateReview>(core, 'import.duplicates', { fileId });
    expect(review.total).toBe(3);
    const byName = (a: string[], b: string[]): number => String(a[0]).localeCompare(String(b[0]));
    expect(review.matches.map((m) => [m.name, m.match.name, m.match.id]).sort(byName)).toEqual(
      list.rows.map((r) => [r.name, r.name, r.id]).sort(byName),
    );
    const rejected = await call<{ fileName: string; base64: string }>(core, 'import.rejectedFile', {
      batchId: status.result?.batchId,
      language: 'zh-CN',
    });
    expect(rejected.fileName).toBe('未导入的行.xlsx');
    // The rejected-rows workbook re-imports: its reason column is ignored, and fixed rows go in.
    const again = await call<{ fileId: string }>(core, 'files.upload', {
      name: rejected.fileName,
      data: new Uint8Array(Buffer.from(rejected.base64, 'base64')),
    });
    const second = await call<Inspection>(core, 'import.inspect', { fileId: again.fileId });
    expect(second.headers.at(-1)).toBe('原因');
    expect(second.mapping.at(-1)).toBe('ignore');
    expect(second.preview.map((r) => r.cells[0])).toEqual(['王芳', '刘洋', '陈静']);
    const plan = await call<UndoPlan>(core, 'import.undoPlan', { batchId: status.result?.batchId });
    expect(plan).toEqual({ created: 3, updated: 0, changedSince: 0 });
    await call(core, 'import.undo', { batchId: status.result?.batchId });
    expect((await call<Page<CustomerRow>>(core, 'customers.list', {})).total).toBe(0);
  });

  it('says of a job this run of the app does not know that the app was restarted, not that a record is gone', async () => {
    const core = memoryCore();
    const reply = await core.dispatch('jobs.get', { jobId: '0190a0b0-0000-7000-8000-00000000000f' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ code: 'import.jobGone' }] } });
  });

  it('can be cancelled, and then nothing was written', async () => {
    const core = memoryCore();
    const rows = Array.from({ length: 3000 }, (_, i) => [`客户${i}`, `139${String(i).padStart(8, '0')}`]);
    const { fileId } = await call<{ fileId: string }>(core, 'files.upload', {
      name: 'big.csv',
      data: new Uint8Array(Buffer.from(csvText(['姓名', '手机'], rows))),
    });
    const { jobId } = await call<{ jobId: string }>(core, 'import.start', { fileId });
    await call(core, 'jobs.cancel', { jobId });
    const status = await waitForJob(core, jobId);
    expect(status.state).toBe('cancelled');
    expect((await call<Page<CustomerRow>>(core, 'customers.list', {})).total).toBe(0);
  });

  it('reports a bad file as a specific, translatable error', async () => {
    const core = memoryCore();
    const { fileId } = await call<{ fileId: string }>(core, 'files.upload', {
      name: 'old.xls',
      data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
    });
    const reply = await core.dispatch('import.inspect', { fileId });
    expect(!reply.ok && reply.error.issues).toEqual([{ path: 'file', code: 'import.xls' }]);
    const gone = await core.dispatch('import.inspect', { fileId: '01900000-0000-7000-8000-000000000000' });
    expect(!gone.ok && gone.error.issues).toEqual([{ path: 'fileId', code: 'import.fileGone' }]);
  });

  it('exports the current filter with formula cells neutralised', async () => {
    const core = memoryCore();
    await call(core, 'customers.create', {
      customer: { kind: 'person', name: '=cmd|calc', mobile: '13800138000', tags: ['VIP'] },
    });
    await call(core, 'customers.create', { customer: { kind: 'person', name: '李四', mobile: '13900139000' } });
    const file = await call<{ fileName: string; base64: string }>(core, 'export.create', {
      format: 'csv',
      language: 'zh-CN',
      filter: { query: '', tag: 'VIP' },
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("'=cmd|calc");
    expect(text).not.toContain('李四');
    expect(file.fileName).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
