/** Files the user picked for import, held in memory between "inspect" and "run" (at most a few, for an hour). */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DossierError } from '../../../shared/result';
import { uuidv7 } from '../ids';
import { LIMITS } from './errors';

interface Held {
  readonly name: string;
  readonly bytes: Buffer;
  readonly at: number;
}

const MAX_FILES = 4;

/**
 * The bytes in shared memory (a copy unless they are already there): the import and inspection workers are handed
 * the file, and a shared buffer reaches them without a copy, so a process holds each file once.
 */
function sharedBytes(bytes: Uint8Array): Buffer {
  if (bytes.buffer instanceof SharedArrayBuffer) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shared = Buffer.from(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}

/** A file read straight into shared memory (see sharedBytes), for the command line's import. */
export function readFileShared(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) break;
      at += read;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
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
    this.files.set(fileId, { name: safeName, bytes: sharedBytes(bytes), at: now });
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
