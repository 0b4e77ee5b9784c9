/** A streaming .xlsx reader: sheet list, shared strings, date formats; refuses zip bombs and encrypted files. */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import { importError, LIMITS } from './errors';

type ZipFile = yauzl.ZipFile;
type Entry = yauzl.Entry;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

function openZip(bytes: Buffer): Promise<{ zip: ZipFile; entries: Map<string, Entry> }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip)
        return reject(
          importError('import.xlsxDamaged', `This .xlsx file is damaged or incomplete: ${error?.message ?? ''}`),
        );
      const entries = new Map<string, Entry>();
      let total = 0;
      zip.on('entry', (entry: Entry) => {
        total += entry.uncompressedSize;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
        if (
          total > LIMITS.maxUnzippedBytes ||
          (entry.uncompressedSize > 50 * 1024 * 1024 && ratio > LIMITS.maxZipRatio)
        ) {
          zip.close();
          return reject(importError('import.zipBomb', 'This .xlsx expands to an implausible size; it was not opened.'));
        }
        entries.set(entry.fileName.replace(/^\//, ''), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', (e: Error) =>
        reject(importError('import.xlsxDamaged', `This .xlsx file is damaged or incomplete: ${e.message}`)),
      );
      zip.readEntry();
    });
  });
}

/** Streams one entry's XML through a SAX parser. */
function parseEntry(zip: ZipFile, entry: Entry, handlers: (parser: SaxesParser) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(importError('import.xlsxDamaged', `Cannot read ${entry.fileName}`));
      const parser = new SaxesParser();
      handlers(parser);
      let failed = false;
      const fail = (e: unknown): void => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(
          e instanceof Error && 'issues' in e
            ? e
            : importError('import.xlsxDamaged', `This .xlsx file is damaged: ${(e as Error).message}`),
        );
      };
      parser.on('error', fail);
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        try {
          parser.write(chunk);
        } catch (e) {
          fail(e);
        }
      });
      stream.on('end', () => {
        if (failed) return;
        try {
          parser.close();
          resolve();
        } catch (e) {
          fail(e);
        }
      });
      stream.on('error', fail);
    });
  });
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 57, 58]);

function isDateFormat(code: string): boolean {
  const stripped = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(stripped) && !/^[#0.,%E+-]*$/i.test(stripped);
}

/** Excel's day count (1900 system, with its phantom 29 Feb 1900) → ISO date or date-time. */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

export interface XlsxBook {
  readonly sheets: readonly string[];
  readRows(sheet: string | null): Promise<string[][]>;
  close(): void;
}

export async function openXlsx(bytes: Buffer): Promise<XlsxBook> {
  if (isCompoundFile(bytes))
    throw importError(
      'import.encrypted',
      'This workbook is password-protected (or an old .xls saved as .xlsx). Remove the password in Excel/WPS, save as .xlsx, and try again.',
    );
  const { zip, entries } = await openZip(bytes);
  const workbook = entries.get('xl/workbook.xml');
  if (!workbook) {
    zip.close();
    throw importError('import.xlsxDamaged', 'This file is a zip archive but not an Excel workbook.');
  }
  const sheetIds: { name: string; rid: string }[] = [];
  await parseEntry(zip, workbook, (p) =>
    p.on('opentag', (tag: SaxesTagPlain) => {
      if (tag.name === 'sheet') sheetIds.push({ name: tag.attributes.name ?? '', rid: tag.attributes['r:id'] ?? '' });
    }),
  );
  const targets = new Map<string, string>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels)
    await parseEntry(zip, rels, (p) =>
      p.on('opentag', (tag: SaxesTagPlain) => {
        if (tag.name === 'Relationship') {
          const target = tag.attributes.Target ?? '';
          targets.set(tag.attributes.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
        }
      }),
    );

  const sharedStrings: string[] = [];
  const sst = entries.get('xl/sharedStrings.xml');
  if (sst) {
    await parseEntry(zip, sst, (p) => {
      let current: string[] | null = null;
      let inText = false;
      let inPhonetic = false;
      p.on('opentag', (tag: SaxesTagPlain) => {
        if (tag.name === 'si') current = [];
        else if (tag.name === 'rPh') inPhonetic = true;
        else if (tag.name === 't' && !inPhonetic) inText = true;
      });
      p.on('text', (text: string) => {
        if (inText && current) current.push(text);
      });
      p.on('closetag', (tag: SaxesTagPlain) => {
        if (tag.name === 't') inText = false;
        else if (tag.name === 'rPh') inPhonetic = false;
        else if (tag.name === 'si' && current) {
          sharedStrings.push(current.join(''));
          current = null;
        }
      });
    });
  }

  const dateStyles = new Set<number>();
  const styles = entries.get('xl/styles.xml');
  if (styles) {
    const customDates = new Set<number>();
    let inCellXfs = false;
    let xfIndex = 0;
    await parseEntry(zip, styles, (p) => {
      p.on('opentag', (tag: SaxesTagPlain) => {
        if (tag.name === 'numFmt' && isDateFormat(tag.attributes.formatCode ?? ''))
          customDates.add(Number(tag.attributes.numFmtId));
        else if (tag.name === 'cellXfs') inCellXfs = true;
        else if (tag.name === 'xf' && inCellXfs) {
          const id = Number(tag.attributes.numFmtId ?? 0);
          if (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) dateStyles.add(xfIndex);
          xfIndex++;
        }
      });
      p.on('closetag', (tag: SaxesTagPlain) => {
        if (tag.name === 'cellXfs') inCellXfs = false;
      });
    });
  }

  const columnIndex = (ref: string): number => {
    let n = 0;
    for (const ch of ref) {
      const c = ch.charCodeAt(0);
      if (c < 65 || c > 90) break;
      n = n * 26 + (c - 64);
    }
    return n - 1;
  };

  return {
    sheets: sheetIds.map((s) => s.name),
    close: () => zip.close(),
    async readRows(sheet) {
      const chosen = sheet === null ? sheetIds[0] : sheetIds.find((s) => s.name === sheet);
      if (!chosen)
        throw importError('import.noSheet', `There is no sheet named “${sheet ?? ''}”.`, { sheet: sheet ?? '' });
      const entry =
        entries.get(targets.get(chosen.rid) ?? '') ??
        entries.get(`xl/worksheets/sheet${sheetIds.indexOf(chosen) + 1}.xml`);
      if (!entry) throw importError('import.xlsxDamaged', `The sheet “${chosen.name}” is missing from the file.`);
      const rows: string[][] = [];
      let row: string[] = [];
      let rowIndex = -1;
      let col = 0;
      let type = '';
      let style = 0;
      let value: string[] = [];
      let inValue = false;
      await parseEntry(zip, entry, (p) => {
        p.on('opentag', (tag: SaxesTagPlain) => {
          switch (tag.name) {
            case 'row': {
              const r = Number(tag.attributes.r ?? rowIndex + 2) - 1;
              // Keep blank rows so row numbers in messages match what the user sees in Excel.
              while (rowIndex + 1 < r) {
                rows.push([]);
                rowIndex++;
              }
              row = [];
              break;
            }
            case 'c':
              col = tag.attributes.r ? columnIndex(tag.attributes.r) : row.length;
              type = tag.attributes.t ?? 'n';
              style = Number(tag.attributes.s ?? 0);
              value = [];
              if (col >= LIMITS.maxColumns)
                throw importError(
                  'import.tooManyColumns',
                  `Row ${rowIndex + 2} has more than ${LIMITS.maxColumns} columns.`,
                  {
                    row: rowIndex + 2,
                    max: LIMITS.maxColumns,
                  },
                );
              break;
            case 'v':
            case 't':
              inValue = true;
              break;
          }
        });
        p.on('text', (text: string) => {
          if (inValue) value.push(text);
        });
        p.on('closetag', (tag: SaxesTagPlain) => {
          switch (tag.name) {
            case 'v':
            case 't':
              inValue = false;
              break;
            case 'c': {
              const raw = value.join('');
              let cell = raw;
              if (type === 's') cell = sharedStrings[Number(raw)] ?? '';
              else if (type === 'b') cell = raw === '1' ? 'TRUE' : 'FALSE';
              else if (type === 'n' && raw !== '' && dateStyles.has(style)) cell = excelSerialToIso(Number(raw));
              if (cell.length > LIMITS.maxCellChars)
                throw importError(
                  'import.cellTooLong',
                  `Row ${rowIndex + 2} has a cell longer than ${LIMITS.maxCellChars} characters.`,
                  {
                    row: rowIndex + 2,
                    max: LIMITS.maxCellChars,
                  },
                );
              while (row.length < col) row.push('');
              row[col] = cell;
              break;
            }
            case 'row':
              rows.push(row);
              rowIndex++;
              if (rows.length > LIMITS.maxRows + 1)
                throw importError(
                  'import.tooManyRows',
                  `The sheet has more than ${LIMITS.maxRows} rows; split it into smaller files.`,
                  {
                    max: LIMITS.maxRows,
                  },
                );
              break;
          }
        });
      });
      return rows;
    },
  };
}
