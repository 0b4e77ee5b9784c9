/**
 * Which row is the header, and which column holds what: from Chinese and English header names and the values; and
 * whether a mapping can run at all.
 */
import { translate } from '../../../shared/i18n/index';
import { mappingProblems, type MappingProblem } from '../../../shared/import/mapping';
import {
  CUSTOMER_FIELDS,
  PURCHASE_FIELDS,
  type ColumnMapping,
  type CustomerField,
  type ImportTarget,
  type PurchaseField,
} from '../../../shared/import/types';
import { DossierError } from '../../../shared/result';
import {
  normalisePhone,
  validateCreditCode,
  validateResidentId,
  normaliseEmail,
  toHalfWidth,
} from '../../../shared/rules/index';

const SYNONYMS: Readonly<Record<CustomerField | PurchaseField, readonly string[]>> = {
  name: [
    '姓名',
    '客户名称',
    '客户姓名',
    '名字',
    '客户',
    '名称',
    '公司名称',
    '企业名称',
    '单位名称',
    'name',
    'customer',
    'customername',
    'fullname',
    'clientname',
  ],
  givenName: ['名', 'firstname', 'givenname', 'givennames', 'forename', 'first', 'fname'],
  familyName: ['姓', '姓氏', 'lastname', 'familyname', 'surname', 'last', 'lname'],
  kind: ['客户类型', '类型', '客户性质', 'kind', 'type', 'customertype'],
  gender: ['性别', 'gender', 'sex'],
  birthDate: ['出生日期', '生日', '出生年月', '出生年月日', 'birthday', 'birthdate', 'dateofbirth', 'dob'],
  mobile: [
    '手机',
    '手机号',
    '手机号码',
    '移动电话',
    '联系手机',
    '联系电话',
    '联络电话',
    '联络手机',
    '行动电话',
    '电话',
    '联系方式',
    '联络方式',
    'mobile',
    'cell',
    'cellphone',
    'mobilephone',
    'phone',
    'phonenumber',
    'phone1',
    'primaryphone',
  ],
  phone: [
    '座机',
    '固话',
    '固定电话',
    '办公电话',
    '家庭电话',
    '其他电话',
    '单位电话',
    '市话',
    'landline',
    'telephone',
    'tel',
    'officephone',
    'homephone',
    'otherphone',
    'phone2',
    'secondaryphone',
  ],
  email: ['邮箱', '电子邮箱', '电子邮件', '邮件', '电邮', 'email', 'e-mail', 'mail', 'emailaddress'],
  address: [
    '地址',
    '住址',
    '联系地址',
    '联络地址',
    '家庭住址',
    '通讯地址',
    '详细地址',
    '单位地址',
    'address',
    'homeaddress',
  ],
  region: ['地区', '区域', '所在地区', '所在地', '城市', '省市', '所属地区', 'region', 'city', 'area', 'district'],
  employer: [
    '工作单位',
    '单位',
    '公司',
    '所在单位',
    '所在公司',
    '企业',
    'employer',
    'company',
    'organization',
    'organisation',
    'workplace',
  ],
  position: ['职务', '职位', '岗位', '职称', 'title', 'position', 'jobtitle', 'job'],
  nationality: ['国籍', 'nationality', 'citizenship'],
  maritalStatus: ['婚姻状况', '婚姻', '婚否', 'marital', 'maritalstatus'],
  source: ['来源', '客户来源', '认知途径', '获客渠道', 'source', 'leadsource', 'referral'],
  idType: ['证件类型', '证件种类', '证件名称', 'idtype', 'documenttype', 'iddocumenttype', 'iddocument', 'doctype'],
  idNumber: [
    '身份证号',
    '身份证',
    '身份证号码',
    '证件号',
    '证件号码',
    '统一社会信用代码',
    '信用代码',
    '社会信用代码',
    'idnumber',
    'idcard',
    'idno',
    'id',
  ],
  industry: ['行业', '所属行业', 'industry', 'sector'],
  headcount: ['员工人数', '人数', '员工数', 'headcount', 'employees', 'staffcount'],
  owner: [
    '客户经理',
    '负责人',
    '归属',
    '经办人',
    '所属员工',
    '维护人',
    '理财经理',
    'owner',
    'accountmanager',
    'manager',
    'salesrep',
  ],
  notes: ['备注', '说明', '附注', 'notes', 'note', 'remark', 'remarks', 'comment', 'comments'],
  tags: ['标签', '客户标签', 'tags', 'tag', 'labels'],
  date: ['日期', '交易日期', '购买日期', '成交日期', '下单日期', 'date', 'orderdate', 'purchasedate'],
  maturesOn: [
    '到期日',
    '到期日期',
    '结束日期',
    '终止日期',
    '合同到期日',
    '理财到期日',
    'maturity',
    'maturitydate',
    'enddate',
    'expirydate',
  ],
  product: ['产品', '产品名称', '商品', '商品名称', '购买产品', 'product', 'item', 'productname'],
  amount: ['金额', '交易金额', '购买金额', '成交金额', '销售额', '回款额', 'amount', 'total', 'sales', 'revenue'],
  profit: ['毛利', '毛利额', '利润', 'profit', 'grossprofit', 'margin'],
  channel: ['渠道', '购买渠道', '销售渠道', '通路', 'channel'],
};

/**
 * Traditional characters (Big5 files from Taiwan and Hong Kong branches: 身份證號, 聯絡電話, 備註) folded to
 * their simplified forms, so one list of synonyms and values serves both. Only characters that occur in
 * column names and in the values we recognise (性別, 個人/企業, 離婚, 轉介紹…) are listed.
 */
const TRADITIONAL = new Map(
  (
    '證证 號号 碼码 機机 電电 話话 聯联 絡络 係系 繫系 別别 單单 職职 務务 郵邮 戶户 經经 備备 註注 標标 籤签 簽签 ' +
    '稱称 業业 類类 質质 動动 辦办 訊讯 詳详 細细 區区 屬属 員员 維维 護护 歸归 負负 責责 財财 說说 況况 狀状 ' +
    '來来 獲获 認认 識识 徑径 數数 產产 購购 買买 額额 銷销 潤润 統统 會会 團团 廠厂 醫医 學学 銀银 網网 際际 ' +
    '國国 線线 廣广 營营 紹绍 薦荐 轉转 離离 喪丧 異异 個个 對对 門门 場场 處处 齡龄 級级 資资 擔担 崗岗 點点 ' +
    '種种 項项 價价 體体 縣县 鄉乡 鎮镇 記记 錄录'
  )
    .split(' ')
    .map((pair) => [pair.charAt(0), pair.charAt(1)] as const),
);

/** Any character TRADITIONAL folds: text without one is returned as it is. */
const HAS_TRADITIONAL = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]`, 'u');

export function foldTraditional(text: string): string {
  if (!HAS_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const ch of text) out += TRADITIONAL.get(ch) ?? ch;
  return out;
}

const normaliseHeader = (h: string): string =>
  foldTraditional(toHalfWidth(h))
    .toLowerCase()
    // Notes in brackets ("联系电话（必填）", "Mobile (required)") and asterisks do not change the meaning.
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s*:：_\-·.]/g, '');

const LOOKUP = new Map<string, CustomerField | PurchaseField>();
for (const [field, names] of Object.entries(SYNONYMS) as [CustomerField | PurchaseField, readonly string[]][])
  for (const name of names) if (!LOOKUP.has(normaliseHeader(name))) LOOKUP.set(normaliseHeader(name), field);

export function fieldForHeader(header: string, target: ImportTarget): CustomerField | PurchaseField | null {
  const field = LOOKUP.get(normaliseHeader(header));
  if (!field) return null;
  const allowed: readonly string[] = target === 'customers' ? CUSTOMER_FIELDS : PURCHASE_FIELDS;
  return allowed.includes(field) ? field : null;
}

/** The header is the row among the first 20 whose cells most look like known column names. */
export function detectHeaderRow(rows: readonly (readonly string[])[], target: ImportTarget): number {
  let best = 0;
  let bestScore = -1;
  for (let r = 0; r < Math.min(20, rows.length); r++) {
    const cells = (rows[r] ?? []).map((c) => c.trim()).filter(Boolean);
    if (cells.length === 0) continue;
    const known = cells.filter((c) => fieldForHeader(c, target)).length;
    const distinct = new Set(cells).size === cells.length ? 1 : 0;
    const texty = cells.filter((c) => !/^[\d\s.+\-/:]+$/.test(c)).length / cells.length;
    const score = known * 10 + (cells.length >= 2 ? cells.length * texty : 0) + distinct;
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}

type ValueKind = 'mobile' | 'landline' | 'residentId' | 'creditCode' | 'email';

function valueKind(v: string): ValueKind | null {
  const s = v.trim();
  if (!s) return null;
  if (s.includes('@') && normaliseEmail(s).ok) return 'email';
  if (/^[\dXx]{18}$/.test(s) && validateResidentId(s).ok) return 'residentId';
  if (s.length === 18 && validateCreditCode(s).ok) return 'creditCode';
  const phone = normalisePhone(s);
  if (phone.ok) return phone.kind === 'landline' ? 'landline' : 'mobile';
  return null;
}

/** Guesses a mapping per column: header synonyms first, then what most of the values look like. */
/** The reason column of our own rejected-rows workbook, and blank headers, are not data. */
const NOT_DATA = new Set(['原因', 'reason', '']);

export function guessMapping(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
  target: ImportTarget,
): ColumnMapping[] {
  const mapping: ColumnMapping[] = headers.map(
    (h) =>
      fieldForHeader(h, target) ?? (target === 'customers' && !NOT_DATA.has(normaliseHeader(h)) ? 'custom' : 'ignore'),
  );
  const kinds = headers.map((_, col) => {
    const counts = new Map<ValueKind, number>();
    let filled = 0;
    for (const row of sample) {
      const v = row[col] ?? '';
      if (!v.trim()) continue;
      filled++;
      const k = valueKind(v);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const [k, n] of counts) if (filled > 0 && n / filled >= 0.6) return k;
    return null;
  });
  mapping.forEach((m, col) => {
    const k = kinds[col];
    // A generic "phone" column full of landlines is the other-phone field.
    if (m === 'mobile' && k === 'landline') mapping[col] = 'phone';
    if (m === 'custom' || m === 'ignore') {
      if (k === 'mobile') mapping[col] = 'mobile';
      else if (k === 'landline' && target === 'customers') mapping[col] = 'phone';
      else if (k === 'residentId' || k === 'creditCode') mapping[col] = 'idNumber';
      else if (k === 'email' && target === 'customers') mapping[col] = 'email';
    }
  });
  // A full-name column wins over given and family name columns beside it, which are then kept as custom fields.
  if (mapping.includes('name'))
    mapping.forEach((m, col) => {
      if (m === 'givenName' || m === 'familyName') mapping[col] = target === 'customers' ? 'custom' : 'ignore';
    });
  // One column per field: later duplicates of a field become custom fields (or other phone for mobiles).
  const seen = new Set<ColumnMapping>();
  mapping.forEach((m, col) => {
    if (m === 'custom' || m === 'ignore') return;
    if (seen.has(m))
      mapping[col] =
        m === 'mobile' && !seen.has('phone') && target === 'customers'
          ? 'phone'
          : target === 'customers'
            ? 'custom'
            : 'ignore';
    seen.add(mapping[col] ?? 'ignore');
  });
  return mapping;
}

/** What a problem's message is filled in with: fields by the names a mapping file uses, columns counted from 1. */
function problemDetails(problem: MappingProblem): Record<string, string> {
  switch (problem.code) {
    case 'import.missingFields':
      return { fields: problem.fields.join(', ') };
    case 'import.fieldRepeated':
      return { field: problem.field, columns: problem.columns.map((col) => col + 1).join(', ') };
    case 'import.nameAndParts':
      return { columns: problem.columns.map((col) => col + 1).join(', ') };
    default:
      return {};
  }
}

/**
 * Refuses a mapping an import cannot run with (see mappingProblems), rather than keeping one of two columns mapped
 * to the same field: an issue per problem, and the first problem's fields and columns in the details its message
 * is filled in from.
 */
export function checkMapping(target: ImportTarget, mapping: readonly ColumnMapping[]): void {
  const problems = mappingProblems(target, mapping);
  const first = problems[0];
  if (!first) return;
  throw new DossierError({
    code: 'validation',
    message: problems.map((p) => translate('en', p.code, problemDetails(p))).join(' '),
    issues: problems.map((p) => ({
      path:
        p.code === 'import.fieldRepeated' || p.code === 'import.nameAndParts'
          ? `mapping.${p.columns[1] ?? 0}`
          : 'mapping',
      code: p.code,
    })),
    details: problemDetails(first),
  });
}

/**
 * Refuses to write a file with a date column whose 5/1/2023-style dates read either way until its order is given
 * (the wizard asks for it, the CLI takes --date-order): guessing would store every such date a month off.
 */
export function checkDateOrders(file: {
  readonly headers: readonly string[];
  readonly ambiguousDateColumns: readonly number[];
}): void {
  if (file.ambiguousDateColumns.length === 0) return;
  const columns = file.ambiguousDateColumns.map((c) => file.headers[c] || String(c + 1)).join(', ');
  throw new DossierError({
    code: 'validation',
    message: translate('en', 'import.dateOrderNeeded', { columns }),
    issues: file.ambiguousDateColumns.map((c) => ({ path: `dateOrders.${c}`, code: 'import.dateOrderNeeded' })),
    details: { columns },
  });
}
