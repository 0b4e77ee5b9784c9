import type { exportContract } from '../../../shared/export/contract';
import type { AreaContext, HandlersOf } from '../context';
import { download } from './download';
import { exportRecorded } from './exports';

export type ExportHandlers = HandlersOf<typeof exportContract>;

export function exportHandlers({ db, actor }: AreaContext): ExportHandlers {
  return {
    'export.create': async (request) => download(await exportRecorded(db, request, actor())),
  };
}
