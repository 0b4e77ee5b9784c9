/**
 * A zip archive's entries read as XML within limits: refuses zip bombs by the declared sizes, and stops inflating
 * the moment what comes out crosses a limit, so a hostile file costs little memory and time. Every entry read is
 * checked against its CRC-32 (yauzl does not check it), so a damaged file is refused, never read as good.
 */
import { StringDecoder } from 'node:string_decoder';
import { crc32 } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import type { DossierError } from '../../../shared/result';
import { importError, type Limits } from './errors';

export type ZipFile = yauzl.ZipFile;
export type Entry = yauzl.Entry;

const zipBomb = (): DossierError =>
  importError('import.zipBomb', 'This .xlsx expands to an implausible size; it was not opened.');
const damaged = (detail: string): DossierError =>
  importError('import.xlsxDamaged', `This .xlsx file is damaged or incomplete: ${detail}`);
/** What comes out of an entry is not what was saved: a bit flipped on a disk, a USB stick or a download. */
const checksumMismatch = (part: string): DossierError =>
  importError(
    'import.damagedFile',
    `This .xlsx file is damaged: ${part} does not match the checksum saved with it, so nothing was imported.`,
  );

/** An entry that would expand absurdly: by its declared sizes, or by what has been inflated so far. */
function implausible(uncompressed: number, compressed: number, limits: Limits): boolean {
  if (uncompressed <= limits.zipRatioFloorBytes) return false;
  return compressed <= 0 || uncompressed / compressed > limits.maxZipRatio;
}

/** What has been inflated from one workbook so far, across its entries. */
export interface Budget {
  readonly limits: Limits;
  inflated: number;
}

export function openZip(bytes: Buffer, limits: Limits): Promise<{ zip: ZipFile; entries: Map<string, Entry> }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(damaged(error?.message ?? ''));
      const entries = new Map<string, Entry>();
      let total = 0;
      let refused = false;
      zip.on('entry', (entry: Entry) => {
        // The central directory's sizes are checked before anything is inflated; yauzl then holds every
        // entry to its declared size, and parseEntry counts what really comes out.
        total += entry.uncompressedSize;
        if (total > limits.maxUnzippedBytes || implausible(entry.uncompressedSize, entry.compressedSize, limits)) {
          refused = true;
          zip.close();
          return reject(zipBomb());
        }
        entries.set(entry.fileName.replace(/^\//, ''), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', (e: Error) => {
        if (!refused) reject(damaged(e.message));
      });
      zip.readEntry();
    });
  });
}

interface XmlHandlers {
  readonly opentag?: (tag: SaxesTagPlain) => void;
  readonly text?: (text: string) => void;
  readonly closetag?: (tag: SaxesTagPlain) => void;
}

/**
 * Streams one entry's XML through a SAX parser. Counts the inflated bytes as they come and aborts the
 * inflate as soon as the workbook's budget, the entry's ratio, a text run or the nesting depth is past its
 * limit; an error thrown by a handler (too many rows, a cell too long) aborts it the same way. The entry's CRC-32 is
 * computed as it inflates and checked at its end: the promise is refused (and what the handlers gathered dropped by
 * the caller) when it does not match.
 */
export function parseEntry(
  zip: ZipFile,
  entry: Entry,
  budget: Budget,
  handlers: XmlHandlers,
  tooLong: () => DossierError,
): Promise<void> {
  const { limits } = budget;
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(damaged(`cannot read ${entry.fileName}`));
      const parser = new SaxesParser();
      let depth = 0;
      parser.on('opentag', (tag: SaxesTagPlain) => {
        if (++depth > limits.maxXmlDepth) throw damaged(`${entry.fileName} is nested too deeply`);
        handlers.opentag?.(tag);
      });
      parser.on('closetag', (tag: SaxesTagPlain) => {
        depth--;
        handlers.closetag?.(tag);
      });
      if (handlers.text) parser.on('text', handlers.text);
      let failed = false;
      const fail = (e: unknown): void => {
        if (failed) return;
        failed = true;
        stream.destroy();
        if (e instanceof Error && 'issues' in e) return reject(e);
        const message = (e as Error)?.message ?? String(e);
        // yauzl: the entry inflates to more than its header says.
        reject(/too many bytes/.test(message) ? zipBomb() : damaged(message));
      };
      parser.on('error', fail);
      const decoder = new StringDecoder('utf8');
      let inflated = 0;
      let crc = 0;
      // Characters since the last '<': saxes holds a whole text or tag in memory until it ends.
      let run = 0;
      const parse = (chunk: Buffer): void => {
        inflated += chunk.length;
        budget.inflated += chunk.length;
        if (budget.inflated > limits.maxUnzippedBytes || implausible(inflated, entry.compressedSize, limits))
          return fail(zipBomb());
        crc = crc32(chunk, crc);
        const text = decoder.write(chunk);
        const first = text.indexOf('<');
        if (first < 0) run += text.length;
        else {
          run += first;
          if (run <= limits.maxXmlRun) run = text.length - text.lastIndexOf('<') - 1;
        }
        if (run > limits.maxXmlRun) return fail(tooLong());
        try {
          parser.write(text);
        } catch (e) {
          fail(e);
        }
      };
      const finish = (): void => {
        if (crc !== entry.crc32) return fail(checksumMismatch(entry.fileName));
        try {
          parser.write(decoder.end());
          parser.close();
          resolve();
        } catch (e) {
          fail(e);
        }
      };
      // Inflating runs on libuv's thread pool and parsing here: a chunk is parsed on the next turn of the event loop,
      // not inside the 'data' event, so the next chunk inflates meanwhile instead of after. A few chunks at most wait.
      const waiting: Buffer[] = [];
      let ended = false;
      let scheduled = false;
      const step = (): void => {
        scheduled = false;
        const chunk = waiting.shift();
        if (chunk && !failed) parse(chunk);
        if (failed) return;
        if (waiting.length > 0) schedule();
        else if (ended) finish();
        else if (stream.isPaused()) stream.resume();
      };
      const schedule = (): void => {
        if (scheduled) return;
        scheduled = true;
        setImmediate(step);
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        waiting.push(chunk);
        if (waiting.length >= 4) stream.pause();
        schedule();
      });
      stream.on('end', () => {
        ended = true;
        if (!failed) schedule();
      });
      stream.on('error', fail);
    });
  });
}
