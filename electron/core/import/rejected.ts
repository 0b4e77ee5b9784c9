/** The rejected rows as a workbook the user can fix and import again: the original columns plus a reason. */
import type { Language } from '../../../shared/i18n/languages';
import { isMessageKey, translate } from '../../../shared/i18n/index';
import { cellIssueText } from '../../../shared/import/cell-issues';
import type { CellIssue, RejectedRow } from '../../../shared/import/types';
import { toXlsx } from '../export/write';

/** An issue's params for its message: a coded field's values (a merge conflict on gender) in the user's words. */
function shownParams(issue: CellIssue, language: Language): Record<string, string | number> {
  const params = { ...issue.params };
  const coded = params.coded;
  if (typeof coded === 'string')
    for (const k of ['ours', 'theirs'] as const) {
      const key = `${coded}.${String(params[k])}`;
      if (isMessageKey(key)) params[k] = translate(language, key);
    }
  return params;
}

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
      const text = isMessageKey(issue.code)
        ? translate(language, issue.code, shownParams(issue, language))
        : issue.code;
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
