/** One spreadsheet row → the customer or transaction it describes, with every problem tied to its column. */
import { type SOURCES, type MARITAL_STATUSES } from '../../../shared/customers/types';
import type { CellIssue, ColumnMapping, DateOrder } from '../../../shared/import/types';
import { issueKey } from '../../../shared/fields';
import { parseCustomer, type CustomerValues } from '../../../shared/customers/schemas';
import { joinName } from '../../../shared/import/names';
import { toHalfWidth, validateCreditCode, validateIdDocument, type IdType } from '../../../shared/rules/index';
import { parseTags } from '../../../shared/export/tags';
import { removeFormulaGuard } from '../export/cells';
import { parseDate } from './dates';
import { idTypeNamed } from './id-type-names';
import { foldTraditional } from './mapping';

const SCIENTIFIC = /^\d(\.\d+)?e\+?\d+$/i;

const GENDER: Readonly<Record<string, 'male' | 'female' | 'unknown'>> = {
  男: 'male',
  男性: 'male',
  m: 'male',
  male: 'male',
  先生: 'male',
  女: 'female',
  女性: 'female',
  f: 'female',
  female: 'female',
  女士: 'female',
  未知: 'unknown',
  unknown: 'unknown',
};
const KIND: Readonly<Record<string, 'person' | 'company'>> = {
  个人: 'person',
  自然人: 'person',
  个人客户: 'person',
  person: 'person',
  individual: 'person',
  企业: 'company',
  公司: 'company',
  单位: 'company',
  企业客户: 'company',
  对公: 'company',
  company: 'company',
  business: 'company',
};
const MARITAL: Readonly<Record<string, (typeof MARITAL_STATUSES)[number]>> = {
  未婚: 'single',
  单身: 'single',
  single: 'single',
  已婚: 'married',
  married: 'married',
  离异: 'divorced',
  离婚: 'divorced',
  divorced: 'divorced',
  丧偶: 'widowed',
  widowed: 'widowed',
};
const SOURCE: Readonly<Record<string, (typeof SOURCES)[number]>> = {
  转介绍: 'referral',
  介绍: 'referral',
  推荐: 'referral',
  老客户介绍: 'referral',
  referral: 'referral',
  到店: 'walk_in',
  上门: 'walk_in',
  自然到店: 'walk_in',
  'walk-in': 'walk_in',
  walkin: 'walk_in',
  walk_in: 'walk_in',
  广告: 'advertising',
  advertising: 'advertising',
  展会: 'exhibition',
  exhibition: 'exhibition',
  电话: 'phone',
  电话营销: 'phone',
  phone: 'phone',
  网络: 'internet',
  互联网: 'internet',
  网上: 'internet',
  网路: 'internet',
  线上: 'internet',
  internet: 'internet',
  online: 'internet',
  其他: 'other',
  other: 'other',
};
const COMPANY_NAME =
  /(公司|集团|企业|工厂|厂|商行|事务所|合作社|中心|银行|医院|学校|ltd\.?|limited|inc\.?|corp\.?|co\.,? ?ltd|gmbh|llc)$/i;

/** Values are looked up half-width, lower-case and in simplified characters (個人 → 个人, 離婚 → 离婚). */
const key = (s: string): string => foldTraditional(toHalfWidth(s)).trim().toLowerCase();

export interface RowContext {
  /** Per column: the name a value kept as a custom field is stored under (see columnLabels). */
  readonly labels: readonly string[];
  readonly mapping: readonly ColumnMapping[];
  readonly dateOrders: Readonly<Record<number, DateOrder>>;
  /** A CSV: a leading apostrophe before = + - @ is an export's formula guard, taken off (see removeFormulaGuard).
   * A workbook's text cells need no guard, so an apostrophe there is the cell's own. */
  readonly formulaGuard: boolean;
}

/** A cell's text, trimmed, without the formula guard a CSV export put in front of it. */
const cellText = (cell: string | undefined, ctx: RowContext): string => {
  const text = (cell ?? '').trim();
  return ctx.formulaGuard ? removeFormulaGuard(text) : text;
};

export interface CustomerRow {
  readonly values: CustomerValues | null;
  readonly owner: string | null;
  readonly issues: CellIssue[];
}

/** Builds the raw form values from the cells, then validates them with the same rules as the customer form. */
export function rowToCustomer(cells: readonly string[], ctx: RowContext): CustomerRow {
  const input: Record<string, unknown> = { tags: [] };
  // A file's header may be __proto__ or constructor: an object without a prototype keeps it as a plain name.
  const customFields: Record<string, string> = Object.create(null) as Record<string, string>;
  const keep = (col: number, raw: string): void => {
    customFields[ctx.labels[col] ?? `#${col + 1}`] = raw;
  };
  const issues: CellIssue[] = [];
  const columnOf: Record<string, number> = {};
  let owner: string | null = null;
  const nameParts = { givenName: '', familyName: '' };
  const bad = (column: number, code: string): void => {
    issues.push({ column, code });
  };
  for (let col = 0; col < ctx.mapping.length; col++) {
    const field = ctx.mapping[col];
    if (field === undefined || field === 'ignore') continue;
    columnOf[field] = col;
    const raw = cellText(cells[col], ctx);
    if (!raw) continue;
    switch (field) {
      case 'custom':
        keep(col, raw);
        continue;
      case 'givenName':
      case 'familyName':
        nameParts[field] = raw;
        continue;
      case 'idType': {
        const type = idTypeNamed(raw);
        // An unknown document: its number cannot be checked, and reading it as a resident ID would blame the number.
        if (type) input.idType = type;
        else {
          bad(col, 'import.badIdType');
          input.idType = null;
        }
        continue;
      }
      case 'gender': {
        const g = GENDER[key(raw)];
        if (g) input.gender = g;
        else bad(col, 'import.badGender');
        continue;
      }
      case 'kind': {
        const k = KIND[key(raw)];
        if (k) input.kind = k;
        else bad(col, 'import.badKind');
        continue;
      }
      case 'maritalStatus': {
        const m = MARITAL[key(raw)];
        if (m) input.maritalStatus = m;
        else keep(col, raw);
        continue;
      }
      case 'source': {
        const s = SOURCE[key(raw)];
        if (s) input.source = s;
        else keep(col, raw);
        continue;
      }
      case 'birthDate': {
        const d = parseDate(raw, ctx.dateOrders[col] ?? null);
        if (d.ok) input.birthDate = d.value;
        else bad(col, d.code);
        continue;
      }
      case 'mobile':
      case 'phone':
      case 'idNumber':
        // Excel shows long numbers as 1.38E+10 and a CSV keeps only that: the digits are gone.
        if (SCIENTIFIC.test(raw)) bad(col, 'import.scientific');
        else input[field] = raw;
        continue;
      case 'headcount': {
        const n = Number(toHalfWidth(raw).replace(/[,，人\s]/g, ''));
        if (Number.isInteger(n) && n >= 0) input.headcount = n;
        else bad(col, 'number.invalid');
        continue;
      }
      case 'owner':
        owner = raw.slice(0, 50);
        continue;
      case 'tags':
        input.tags = parseTags(raw).slice(0, 50);
        continue;
      default:
        input[field] = raw;
    }
  }
  // Given and family name columns stand for the name column (the mapping never has both).
  if (!('name' in columnOf) && ('givenName' in columnOf || 'familyName' in columnOf)) {
    input.name = joinName(nameParts.givenName, nameParts.familyName);
    // A missing name is marked on the first of the two columns.
    const { givenName, familyName } = columnOf;
    if (givenName !== undefined && familyName !== undefined) columnOf.name = Math.min(givenName, familyName);
  }
  if (input.idType === null) delete input.idNumber;
  if (!input.kind) {
    const id = typeof input.idNumber === 'string' ? input.idNumber : '';
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    input.kind =
      input.idType === 'creditCode' ||
      (input.idType === undefined && id.length === 18 && validateCreditCode(id).ok) ||
      COMPANY_NAME.test(foldTraditional(name))
        ? 'company'
        : 'person';
  }
  input.customFields = customFields;
  const parsed = parseCustomer(input);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = String(issue.path[0] ?? '');
      const column = columnOf[field] ?? -1;
      if (!issues.some((i) => i.column === column)) issues.push({ column, code: issueKey(issue.message) });
    }
  }
  // A resident ID (or a permit built like one) carries the birth date: a birth-date column that says otherwise is
  // a mistake in one of them, and storing either silently would be wrong.
  const birthColumn = columnOf.birthDate;
  const idType = (input.idType as IdType | undefined) ?? (input.kind === 'person' ? 'residentId' : null);
  if (
    idType &&
    typeof input.birthDate === 'string' &&
    typeof input.idNumber === 'string' &&
    birthColumn !== undefined &&
    !issues.some((i) => i.column === birthColumn)
  ) {
    const id = validateIdDocument(idType, input.idNumber);
    if (id.ok && id.birthDate !== null && id.birthDate !== input.birthDate)
      issues.push({ column: birthColumn, code: 'import.birthDateMismatch' });
  }
  if (!('name' in columnOf)) issues.push({ column: -1, code: 'import.noNameColumn' });
  return { values: parsed.success && issues.length === 0 ? parsed.data : null, owner, issues };
}

export interface PurchaseRow {
  readonly match: { readonly name: string | null; readonly mobile: string | null; readonly idNumber: string | null };
  readonly values: {
    readonly occurredOn: string;
    readonly maturesOn: string | null;
    readonly product: string;
    readonly amountCents: number;
    readonly profitCents: number | null;
    readonly channel: string | null;
    readonly notes: string | null;
  } | null;
  readonly issues: CellIssue[];
}

/** ¥1,234.50 / 1234.5元 / -20 → integer fen. */
function parseMoney(raw: string): number | null {
  const s = toHalfWidth(raw).replace(/[¥￥,，\s元]|RMB|CNY/gi, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null;
  return Math.round(Number(s) * 100);
}

export function rowToPurchase(cells: readonly string[], ctx: RowContext): PurchaseRow {
  const issues: CellIssue[] = [];
  const get = (field: string): { col: number; raw: string } | null => {
    const col = ctx.mapping.indexOf(field as ColumnMapping);
    return col < 0 ? null : { col, raw: cellText(cells[col], ctx) };
  };
  const given = get('givenName');
  const family = get('familyName');
  const name = get('name')?.raw || (given && family ? joinName(given.raw, family.raw) : '') || null;
  const mobile = get('mobile')?.raw || null;
  const idNumber = get('idNumber')?.raw || null;
  if (!name && !mobile && !idNumber) issues.push({ column: -1, code: 'import.noCustomerKey' });
  const date = get('date');
  const product = get('product');
  const amount = get('amount');
  const profit = get('profit');
  let occurredOn = '';
  if (!date || !date.raw) issues.push({ column: date?.col ?? -1, code: 'import.dateRequired' });
  else {
    const d = parseDate(date.raw, ctx.dateOrders[date.col] ?? null);
    if (d.ok) occurredOn = d.value;
    else issues.push({ column: date.col, code: d.code });
  }
  const matures = get('maturesOn');
  let maturesOn: string | null = null;
  if (matures && matures.raw) {
    const d = parseDate(matures.raw, ctx.dateOrders[matures.col] ?? null);
    if (d.ok) maturesOn = d.value;
    else issues.push({ column: matures.col, code: d.code });
  }
  if (!product || !product.raw) issues.push({ column: product?.col ?? -1, code: 'import.productRequired' });
  const amountCents = amount && amount.raw ? parseMoney(amount.raw) : null;
  if (amountCents === null) issues.push({ column: amount?.col ?? -1, code: 'import.badAmount' });
  const profitCents = profit && profit.raw ? parseMoney(profit.raw) : null;
  if (profit && profit.raw && profitCents === null) issues.push({ column: profit.col, code: 'import.badAmount' });
  return {
    match: { name, mobile, idNumber },
    values:
      issues.length === 0 && amountCents !== null && product
        ? {
            occurredOn,
            maturesOn,
            product: product.raw.slice(0, 200),
            amountCents,
            profitCents,
            channel: get('channel')?.raw || null,
            notes: get('notes')?.raw || null,
          }
        : null,
    issues,
  };
}
