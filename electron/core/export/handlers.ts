import type { exportContract } from '../../../shared/export/contract';
import type { AreaContext, HandlersOf } from '../context';
import { download } from './download';
import { exportData } from './exports';

export type ExportHandlers = HandlersOf<typeof exportContract>;

export function exportHandlers({ db }: AreaContext): ExportHandlers {
  return {
    'export.create': async ({ what, format, encoding, language, filter }) =>
      download(
        await exportData(db, {
          what,
          format,
          encoding,
          language,
          filter: {
            query: filter.query,
            kind: filter.kind ?? null,
            ownerId: filter.ownerId ?? null,
            tag: filter.tag ?? null,
            region: filter.region ?? null,
          },
        }),
      ),
  };
}
