import type { exportContract } from '../../../shared/export/contract';
import type { AreaContext, HandlersOf } from '../context';
import { download } from './download';
import { exportData } from './exports';

export type ExportHandlers = HandlersOf<typeof exportContract>;

export function exportHandlers({ db }: AreaContext): ExportHandlers {
  return {
    'export.create': async (request) => download(await exportData(db, request)),
  };
}
