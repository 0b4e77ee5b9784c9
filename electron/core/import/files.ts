/** Files the user picked for import, held in memory between "inspect" and "run" (at most a few, for an hour). */
import { DossierError } from '../../../shared/result';
import { uuidv7 } from '../ids';
import { LIMITS } from './errors';

interface Held {
  readonly name: string;
  readonly bytes: Buffer;
  readonly at: number;
}

const MAX_FILES = 4;
const MAX_AGE_MS = 60 * 60 * 1000;

export class FileStore {
  private readonly files = new Map<string, Held>();

  add(name: string, bytes: Uint8Array): { fileId: string; fileName: string; size: number } {
    if (bytes.length > LIMITS.maxFileBytes)
      throw new DossierError({
        code: 'validation',
        message: 'File too large',
        issues: [{ path: 'file', code: 'import.tooLarge' }],
        details: { max: LIMITS.maxFileBytes / 1024 / 1024 },
      });
    const now = Date.now();
    for (const [id, f] of this.files) if (now - f.at > MAX_AGE_MS) this.files.delete(id);
    while (this.files.size >= MAX_FILES) this.files.delete(this.files.keys().next().value as string);
    const fileId = uuidv7();
    const safeName = name.replace(/[\\/]/g, '_').slice(0, 200) || 'file';
    this.files.set(fileId, {
      name: safeName,
      bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      at: now,
    });
    return { fileId, fileName: safeName, size: bytes.length };
  }

  get(fileId: string): { name: string; bytes: Buffer } {
    const f = this.files.get(fileId);
    if (!f)
      throw new DossierError({
        code: 'not_found',
        message: 'Uploaded file expired',
        issues: [{ path: 'fileId', code: 'import.fileGone' }],
      });
    return f;
  }
}
