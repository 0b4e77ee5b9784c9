import type { FileDownload } from '../../../shared/import/types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file made in the core as the contract hands it over (base64, so every host can transport it). */
export function download(file: { fileName: string; mimeType: string; bytes: Buffer }): FileDownload {
  return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
}

export const workbookDownload = (fileName: string, bytes: Buffer): FileDownload =>
  download({ fileName: `${fileName}.xlsx`, mimeType: XLSX, bytes });
