/** The rejected rows as a workbook the user can fix and import again: the original columns plus a reason. */
import type { Language } from '../../../shared/i18n/languages';
import { isMessageKey, translate } from '../../../shared/i18n/index';
import { cellIssueText } from '../../../shared/import/cell-issues';
import type { RejectedRow } from '../../../shared/import/types';
import { toXlsx } from '../export/write';

export function describeIssues(row: RejectedRow, headers: readonly string[], language: Language): string {
  return row.issues
    .map((issue) => {
      const column = issue.column >= 0 ? headers[issue.column] : '';
      if (column && issue.code === 'phone.invalid')
        return cellIssueText(
          (key, params) => translate(language, key, params),
          issue.code,
          column,
          row.cells[issue.column] ?? '',
        );
      const text = isMessageKey(issue.code) ? translate(language, issue.code) : issue.code;
      return column ? `${column}: ${text}` : text;
    })
    .join(language === 'zh-CN' ? '；' : '; ');
}

export async function rejectedWorkbook(
  headers: readonly string[],
  rows: readonly RejectedRow[],
  language: Language,
): Promise<Buffer> {
  return toXlsx([
    {
      name: translate(language, 'import.rejectedSheet'),
      headers: [...headers, translate(language, 'import.reason')],
      rows: rows.map((r) => [...headers.map((_, i) => r.cells[i] ?? ''), describeIssues(r, headers, language)]),
    },
  ]);
}
