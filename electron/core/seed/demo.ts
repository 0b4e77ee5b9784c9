/**
 * Demo data for a branch office: persons (mostly Chinese), foreigners and companies with valid phones, resident IDs
 * and credit codes, staff owners, company contacts and a few years of interactions.
 *
 * Deterministic: the same seed gives the same names, numbers and fields (ids are uuidv7 and embed the wall clock;
 * dates are counted back from `now`, by default the start of today in UTC). Rows are written straight into the tables
 * in large transactions, skipping the audit log; name keys and the search text come from the same functions the
 * customer repository uses.
 */
import { CONTACT_ROLES } from '../../../shared/contacts/types';
import { INTERACTION_KINDS } from '../../../shared/interactions/types';
import { SOURCES } from '../../../shared/customers/types';
import type { ContactRole } from '../../../shared/contacts/types';
import type { InteractionKind } from '../../../shared/interactions/types';
import type { MaritalStatus, Source } from '../../../shared/customers/types';
import { creditCodeCheckChar, residentIdCheckChar } from '../../../shared/rules/index';
import type { CustomerValues } from '../../../shared/customers/schemas';
import { createStaff } from '../staff/staff';
import type { Db } from '../db/open';
import { uuidv7 } from '../ids';
import { nameKeys, searchText, type NameKeys } from '../search/keys';
import { INSERT_TRIGGERS, isKnownTrigger } from '../search/schema';

export interface SeedOptions {
  /** How many customers to add. */
  readonly customers: number;
  /** PRNG seed; default 1. */
  readonly seed?: number;
  /** Average interactions per customer (each customer gets 0 … 2× this); default 5. */
  readonly interactionsPerCustomer?: number;
  /** Called every 5,000 customers (and at the end) with customers written so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Epoch ms that dates are counted back from; default the start of today (UTC). */
  readonly now?: number;
}

export interface SeedResult {
  readonly customers: number;
  readonly interactions: number;
  readonly contacts: number;
  /** Staff members created (existing staff with the same names are reused). */
  readonly staff: number;
  readonly ms: number;
}

/** Customers per transaction; fewer, larger commits mean fewer FTS segments and WAL checkpoints. */
const TRANSACTION = 20_000;
/** Customers between progress reports. */
const PROGRESS_EVERY = 5000;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** China Standard Time is UTC+8; office hours are written as UTC instants. */
const CST = 8 * 3_600_000;

// ---------------------------------------------------------------------------------------------------------------
// Randomness

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. Returns [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(private readonly next: Rng) {}

  float(): number {
    return this.next();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const v = list[Math.floor(this.next() * list.length)];
    if (v === undefined) throw new RangeError('pick from an empty list');
    return v;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i += 1) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

/** Weighted choice, precomputed once: `[[value, weight], …]`. */
class Weighted<T> {
  private readonly values: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [value, weight] of entries) {
      sum += weight;
      this.values.push(value);
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(r: Random): T {
    const x = r.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    const v = this.values[lo];
    if (v === undefined) throw new RangeError('weighted pick from an empty list');
    return v;
  }
}

const chars = (s: string): string[] => Array.from(s);

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

/** Surnames with rough frequencies in per-mille (2020 census order), compound surnames rare. */
// prettier-ignore
const SURNAMES = new Weighted<string>([
  ['王', 71], ['李', 70], ['张', 66], ['刘', 54], ['陈', 46], ['杨', 31], ['黄', 24], ['赵', 22], ['吴', 20],
  ['周', 19], ['徐', 15], ['孙', 15], ['马', 12], ['朱', 12], ['胡', 11], ['郭', 11], ['何', 10], ['林', 10],
  ['高', 10], ['罗', 9], ['郑', 8], ['梁', 8], ['谢', 6], ['宋', 6], ['唐', 6], ['许', 6], ['韩', 5], ['冯', 5],
  ['邓', 5], ['曹', 5], ['彭', 5], ['曾', 4], ['肖', 4], ['田', 4], ['董', 4], ['袁', 4], ['潘', 4], ['于', 3],
  ['蒋', 3], ['蔡', 3], ['余', 3], ['杜', 3], ['叶', 3], ['程', 3], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3],
  ['任', 3], ['沈', 3], ['姚', 2], ['卢', 2], ['姜', 2], ['崔', 2], ['钟', 2], ['谭', 2], ['陆', 2], ['汪', 2],
  ['范', 2], ['金', 2], ['石', 2], ['廖', 2], ['贾', 2], ['夏', 2], ['韦', 2], ['付', 2], ['方', 2], ['白', 2],
  ['邹', 2], ['孟', 2], ['熊', 2], ['秦', 2], ['邱', 2], ['江', 2], ['尹', 2], ['薛', 1.5], ['闫', 1.5],
  ['段', 1.5], ['雷', 1.5], ['侯', 1.5], ['龙', 1.5], ['史', 1.5], ['陶', 1], ['黎', 1], ['贺', 1], ['顾', 1],
  ['毛', 1], ['郝', 1], ['龚', 1], ['邵', 1], ['万', 1], ['钱', 1], ['严', 1], ['覃', 1], ['武', 1], ['戴', 1],
  ['莫', 1], ['孔', 1], ['单', 0.5], ['解', 0.3], ['仇', 0.2], ['查', 0.3], ['欧阳', 0.6], ['司马', 0.2],
  ['诸葛', 0.2], ['上官', 0.2], ['司徒', 0.2], ['东方', 0.1], ['慕容', 0.1], ['皇甫', 0.1], ['夏侯', 0.1],
]);

/** Given-name characters, most popular first; picked with Zipf-like weights so common names repeat as in life. */
const GIVEN_MALE = chars(
  '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志文海峰东晨博毅诚泽睿航铭昊瑞天成新亮宏兵涵',
);
const GIVEN_FEMALE = chars('芳娜敏静丽艳娟霞秀玲桂英慧婷雪琳晶颖倩洁燕红梅萍佳欣怡瑶璐蕾薇莉琪丹妍悦雯诗梦岚露月莹');
const GIVEN_EITHER = chars('子思一雨嘉安晓小少永春秋心雅可家俊文明玉');
const zipf = (list: readonly string[]): Weighted<string> => new Weighted(list.map((c, i) => [c, 1 / (i + 3)]));
const MALE_CHARS = zipf(GIVEN_MALE);
const FEMALE_CHARS = zipf(GIVEN_FEMALE);
const EITHER_CHARS = zipf(GIVEN_EITHER);

// prettier-ignore
const ENGLISH_MALE = ['David', 'Michael', 'James', 'John', 'Robert', 'Daniel', 'Thomas', 'Mark', 'Kevin', 'Peter', 'Andrew', 'Richard', 'Paul', 'Jason', 'Eric', 'Lucas', 'Oliver', 'Henry'];
// prettier-ignore
const ENGLISH_FEMALE = ['Emily', 'Sarah', 'Anna', 'Jessica', 'Laura', 'Sophie', 'Emma', 'Olivia', 'Grace', 'Rachel', 'Linda', 'Karen', 'Hannah', 'Chloe', 'Amy', 'Claire'];
// prettier-ignore
const ENGLISH_SURNAMES = ['Miller', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Anderson', 'Thompson', 'Martin', 'Clark', 'Walker', 'Young', 'Schmidt', 'Fischer', 'Dubois', 'Laurent', 'Rossi', 'Tanaka', 'Kim', 'Park', 'Chen', 'Wong', 'Lee', 'Chan', 'Lim', 'Tan'];
// prettier-ignore
const NATIONALITIES = new Weighted<string>([
  ['美国', 30], ['英国', 12], ['加拿大', 10], ['澳大利亚', 8], ['新加坡', 10], ['德国', 8], ['法国', 6], ['日本', 6],
  ['韩国', 6], ['马来西亚', 4],
]);
/** Foreign phone prefixes as E.164 country codes with subscriber lengths. */
// prettier-ignore
const FOREIGN_PHONES: readonly (readonly [string, number])[] = [
  ['1', 10], ['44', 10], ['61', 9], ['65', 8], ['49', 11], ['33', 9], ['81', 10], ['82', 10], ['60', 9],
];

interface District {
  readonly code: string;
  readonly city: string;
  readonly region: string;
  readonly area: string;
  readonly localDigits: 7 | 8;
  readonly province: string;
}

/** Real GB/T 2260 district codes with the city's telephone area code. */
// prettier-ignore
const DISTRICTS: readonly District[] = [
  ['110105', '北京', '北京市朝阳区', '010', 8, '北京'], ['110108', '北京', '北京市海淀区', '010', 8, '北京'],
  ['110101', '北京', '北京市东城区', '010', 8, '北京'], ['110102', '北京', '北京市西城区', '010', 8, '北京'],
  ['310115', '上海', '上海市浦东新区', '021', 8, '上海'], ['310104', '上海', '上海市徐汇区', '021', 8, '上海'],
  ['310101', '上海', '上海市黄浦区', '021', 8, '上海'], ['310105', '上海', '上海市长宁区', '021', 8, '上海'],
  ['440106', '广州', '广州市天河区', '020', 8, '广东'], ['440104', '广州', '广州市越秀区', '020', 8, '广东'],
  ['440305', '深圳', '深圳市南山区', '0755', 8, '广东'], ['440304', '深圳', '深圳市福田区', '0755', 8, '广东'],
  ['330106', '杭州', '杭州市西湖区', '0571', 8, '浙江'], ['330102', '杭州', '杭州市上城区', '0571', 8, '浙江'],
  ['330108', '杭州', '杭州市滨江区', '0571', 8, '浙江'], ['330203', '宁波', '宁波市海曙区', '0574', 8, '浙江'],
  ['320102', '南京', '南京市玄武区', '025', 8, '江苏'], ['320106', '南京', '南京市鼓楼区', '025', 8, '江苏'],
  ['320508', '苏州', '苏州市姑苏区', '0512', 8, '江苏'], ['510107', '成都', '成都市武侯区', '028', 8, '四川'],
  ['510104', '成都', '成都市锦江区', '028', 8, '四川'], ['420106', '武汉', '武汉市武昌区', '027', 8, '湖北'],
  ['610113', '西安', '西安市雁塔区', '029', 8, '陕西'], ['500103', '重庆', '重庆市渝中区', '023', 8, '重庆'],
  ['120101', '天津', '天津市和平区', '022', 8, '天津'], ['370202', '青岛', '青岛市市南区', '0532', 8, '山东'],
  ['350203', '厦门', '厦门市思明区', '0592', 7, '福建'], ['430104', '长沙', '长沙市岳麓区', '0731', 8, '湖南'],
  ['410105', '郑州', '郑州市金水区', '0371', 8, '河南'],
].map(([code, city, region, area, localDigits, province]) => ({
  code: String(code),
  city: String(city),
  region: String(region),
  area: String(area),
  localDigits: localDigits === 7 ? 7 : 8,
  province: String(province),
}));
/** Branch offices serve their own cities most: the first few districts are weighted up. */
const HOME_DISTRICTS = new Weighted<District>(DISTRICTS.map((d, i) => [d, i < 8 ? 6 : i < 16 ? 3 : 1.5]));

// prettier-ignore
const STREETS = ['人民路', '中山路', '解放路', '建设路', '长江路', '和平路', '新华路', '文化路', '南京路', '延安路',
  '学院路', '科技路', '花园路', '滨江大道', '世纪大道', '体育路', '青年路', '胜利路', '朝阳路', '东风路', '工业园路', '府前街'];
// prettier-ignore
const MOBILE_PREFIXES = new Weighted<string>([
  ['138', 9], ['139', 9], ['137', 6], ['136', 6], ['135', 6], ['134', 3], ['130', 4], ['131', 4], ['132', 4],
  ['133', 4], ['150', 6], ['151', 5], ['152', 5], ['153', 3], ['155', 4], ['156', 4], ['157', 3], ['158', 6],
  ['159', 6], ['166', 2], ['170', 1], ['173', 2], ['176', 3], ['177', 3], ['178', 2], ['180', 4], ['181', 4],
  ['182', 4], ['183', 4], ['185', 4], ['186', 6], ['187', 5], ['188', 5], ['189', 5], ['191', 2], ['195', 1],
  ['198', 2], ['199', 3],
]);

const TAGS = ['VIP', '优质客户', '理财', '基金', '保险', '贷款', '潜力客户', '沉睡客户', '企业主', '代发工资'] as const;
// prettier-ignore
const TAG_COUNT = new Weighted<number>([[0, 40], [1, 30], [2, 20], [3, 10]]);

const SOURCE_WEIGHTS = new Weighted<Source>(
  SOURCES.map((s): [Source, number] => [
    s,
    { referral: 30, walk_in: 25, advertising: 8, exhibition: 5, phone: 12, internet: 15, other: 5 }[s],
  ]),
);
// prettier-ignore
const MARITAL = new Weighted<MaritalStatus | null>([
  ['married', 60], ['single', 24], ['divorced', 7], ['widowed', 3], [null, 6],
]);
const STAFF_NAMES = ['王丽', '李强', '张敏', '刘洋', '陈静', '杨帆', '赵磊', '周婷'] as const;

// prettier-ignore
const POSITIONS = ['经理', '工程师', '教师', '医生', '会计', '销售主管', '总监', '公务员', '设计师', '律师', '护士',
  '研究员', '项目经理', '行政专员', '财务经理', '部门主管', '软件工程师', '客户经理', '技术员', '店长', '副总经理'];
// prettier-ignore
const INSTITUTIONS = ['市第一人民医院', '市中心医院', '市实验中学', '大学', '市税务局', '地铁集团有限公司',
  '供电公司', '市公安局', '自来水有限公司', '市人民政府办公厅', '日报社', '市第二人民医院'];

// prettier-ignore
const BRANDS = ['恒达', '锦程', '华信', '中天', '鼎盛', '瑞丰', '永盛', '宏远', '金泰', '远航', '天润', '海纳', '博源',
  '新锐', '德信', '嘉禾', '华美', '众诚', '汇通', '盛世', '东升', '万隆', '凯旋', '星辰', '蓝海', '银河', '富康', '长青',
  '同舟', '聚力', '安捷', '明阳', '百川', '卓越', '润泽', '信达', '祥和', '启航', '和瑞', '金诚'];
// prettier-ignore
const TRADES: readonly (readonly [string, string])[] = [
  ['机械', '制造业'], ['贸易', '批发和零售业'], ['科技', '信息技术服务业'], ['电子', '制造业'], ['建材', '批发和零售业'],
  ['物流', '交通运输业'], ['餐饮管理', '住宿和餐饮业'], ['文化传媒', '文化体育和娱乐业'], ['医疗器械', '制造业'],
  ['服装', '制造业'], ['食品', '制造业'], ['化工', '制造业'], ['建筑工程', '建筑业'], ['信息技术', '信息技术服务业'],
  ['投资管理', '金融业'], ['房地产开发', '房地产业'], ['环保科技', '科学研究和技术服务业'], ['网络科技', '信息技术服务业'],
  ['物业管理', '房地产业'], ['汽车销售服务', '批发和零售业'],
];
// prettier-ignore
const COMPANY_FORMS = new Weighted<string>([['有限公司', 70], ['股份有限公司', 12], ['有限责任公司', 10], ['集团有限公司', 8]]);
// prettier-ignore
const ENGLISH_COMPANIES: readonly (readonly [string, string])[] = [
  ['Pacific Rim Logistics Ltd.', '交通运输业'], ['Blue Harbor Trading Co., Ltd.', '批发和零售业'],
  ['Northstar Consulting (Shanghai) Co., Ltd.', '租赁和商务服务业'], ['Evergreen Foods Asia Ltd.', '制造业'],
  ['Silverline Technology Ltd.', '信息技术服务业'], ['Golden Bridge Capital Partners', '金融业'],
  ['Redwood Design Studio Ltd.', '文化体育和娱乐业'], ['Summit Medical Devices (China) Co., Ltd.', '制造业'],
  ['Orient Star Education Ltd.', '教育'], ['Greenfield Renewable Energy Ltd.', '电力热力燃气及水生产和供应业'],
];
const CONTACT_TITLES: Record<ContactRole, readonly string[]> = {
  decision_maker: ['法定代表人', '董事长', '总经理'],
  delegated_decision_maker: ['财务总监', '副总经理', 'CFO'],
  influencer: ['财务经理', '行政主管', '采购经理'],
  other: ['出纳', '会计', '行政专员'],
};
// prettier-ignore
const PERSON_MAIL = ['163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com'];
const FOREIGN_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com'];
// prettier-ignore
const NOTES = [
  '偏好电话联系，工作日下午方便', '对稳健型理财产品感兴趣', '风险偏好：保守型', '风险偏好：平衡型', '风险偏好：进取型',
  '子女明年出国留学，关注换汇业务', '近期有购房计划', '老客户介绍，需重点维护', '不接受营销短信', '经营资金需求季节性明显',
  '每月固定定投', '偏好微信沟通', '家庭资产配置需求较多',
];

// prettier-ignore
const PRODUCTS = ['大额存单', '定期存款', '稳健型理财产品', '净值型理财', '基金定投', '养老保险', '重疾险', '信用卡分期',
  '个人住房贷款', '经营贷', '代发工资业务', '储蓄国债', '贵金属', '外汇业务', '企业网银', '手机银行'];
// prettier-ignore
const ISSUES = ['排队时间过长', '手机银行转账失败', '信用卡年费', '理财收益不及预期', '短信提醒未收到', '柜面办理效率',
  '贷款审批进度慢', 'ATM吞卡'];
const INTERACTION_KIND_WEIGHTS = new Weighted<InteractionKind>(
  INTERACTION_KINDS.map((k): [InteractionKind, number] => [
    k,
    { call: 40, visit: 22, meeting: 10, email: 8, note: 16, complaint: 4 }[k],
  ]),
);
const SUMMARIES: Record<InteractionKind, readonly ((r: Random) => string)[]> = {
  call: [
    (r) => `电话回访，客户对${r.pick(PRODUCTS)}表示兴趣`,
    (r) => `电话告知${r.pick(PRODUCTS)}即将到期，客户考虑续作`,
    (r) => `客户来电咨询${r.pick(PRODUCTS)}收益情况`,
    () => '电话邀约客户参加网点客户答谢活动',
    () => '电话回访满意度，客户反馈良好',
    (r) => `电话介绍${r.pick(PRODUCTS)}，客户表示再考虑`,
  ],
  visit: [
    (r) => `客户来网点办理${r.pick(PRODUCTS)}`,
    () => '上门拜访客户，了解近期资金安排',
    (r) => `客户到访咨询${r.pick(PRODUCTS)}`,
    () => '客户到网点更新身份证件信息',
    () => '陪同客户办理大额转账，已核实身份',
  ],
  meeting: [
    (r) => `与客户面谈${r.pick(PRODUCTS)}配置方案`,
    () => '与企业财务负责人会谈，讨论结算账户和代发工资',
    () => '年度资产检视会议，调整资产配置比例',
    (r) => `参加客户企业年会，顺带介绍${r.pick(PRODUCTS)}`,
  ],
  email: [
    (r) => `发送${r.pick(PRODUCTS)}产品说明书`,
    () => '邮件发送季度资产报告',
    () => '邮件确认下周会面时间',
    (r) => `发送${r.pick(PRODUCTS)}合同电子版`,
  ],
  note: [
    () => '客户偏好微信联系，工作时间不便接电话',
    () => '客户近期有购房计划，关注贷款利率',
    () => '客户子女考上大学，可能有留学资金需求',
    () => '客户更换了工作单位',
    (r) => `客户名下${r.pick(PRODUCTS)}本月到期，需提前跟进`,
  ],
  complaint: [(r) => `客户投诉${r.pick(ISSUES)}`, (r) => `客户电话反映${r.pick(ISSUES)}问题`],
};
// prettier-ignore
const OUTCOMES: Record<InteractionKind, readonly (string | null)[]> = {
  call: ['客户考虑中，一周后再跟进', '预约下周到网点', '无意向', '未接通，改日再拨', '已发送资料', '已办理', null],
  visit: ['已办理', '已开户', '资料不全，约定补交', '客户考虑中', '已完成风险评估', null],
  meeting: ['客户同意调整配置', '待客户确认方案', '已签约', '下次会议再议', null],
  email: ['客户已回复确认', '等待客户回复', null],
  note: [null, null, '已记录'],
  complaint: ['已解决，客户满意', '已转交后台处理', '已致歉并说明原因', '跟进处理中'],
};

// ---------------------------------------------------------------------------------------------------------------
// Generators

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isoDays = new Map<number, string>();
const pad3 = (n: number): string => String(n).padStart(3, '0');
/** Same as `new Date(ms).toISOString()`, without building a Date for each of a million stamps. */
function isoTime(ms: number): string {
  const t = Math.floor(ms);
  const day = Math.floor(t / DAY);
  let prefix = isoDays.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    isoDays.set(day, prefix);
  }
  const rest = t - day * DAY;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest % 3_600_000) / 60_000);
  const sec = Math.floor((rest % 60_000) / 1000);
  return `${prefix}${pad2(h)}:${pad2(m)}:${pad2(sec)}.${pad3(rest % 1000)}Z`;
}
const isoDate = (ms: number): string => isoTime(ms).slice(0, 10);

/** A moment in office hours (09:00–18:00 China time), nudged off weekends, within [from, to]. */
function officeTime(r: Random, from: number, to: number): number {
  const span = Math.max(0, to - from);
  const day = Math.floor((from + r.float() * span + CST) / DAY);
  let dayStart = day * DAY - CST;
  const weekday = new Date(dayStart + CST).getUTCDay();
  // Always draw, so the random stream does not depend on which weekday `now` falls on.
  const offWeekend = r.chance(0.8);
  if (weekday === 0 && offWeekend) dayStart -= 2 * DAY;
  else if (weekday === 6 && offWeekend) dayStart -= DAY;
  const t = dayStart + 9 * 3_600_000 + r.int(0, 9 * 60 - 1) * 60_000 + r.int(0, 59) * 1000;
  return Math.min(Math.max(t, from), to);
}

function chineseName(r: Random, gender: 'male' | 'female'): string {
  const surname = SURNAMES.pick(r);
  const own = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  // Single-character given names are common among people born before the 1990s.
  if (r.chance(0.28)) return surname + own.pick(r);
  const first = r.chance(0.35) ? EITHER_CHARS.pick(r) : own.pick(r);
  let second = own.pick(r);
  if (second === first) second = own.pick(r);
  return surname + first + second;
}

function mobile(r: Random, used: Set<string>): string {
  for (;;) {
    const m = MOBILE_PREFIXES.pick(r) + r.digits(8);
    if (!used.has(m)) {
      used.add(m);
      return m;
    }
  }
}

/** Landline as normalisePhone writes it: `0571-87654321`, optionally with an extension. */
function landline(r: Random, d: District, extension: boolean): string {
  const local = String(r.int(2, 8)) + r.digits(d.localDigits - 1);
  return `${d.area}-${local}${extension ? `-${r.int(100, 899)}` : ''}`;
}

function address(r: Random, d: District): string {
  const street = r.pick(STREETS);
  const base = `${d.region}${street}${r.int(1, 999)}号`;
  return r.chance(0.7) ? `${base}${r.int(1, 30)}栋${r.int(1, 33)}${pad2(r.int(1, 8))}室` : base;
}

function residentId(r: Random, d: District, birth: string, gender: 'male' | 'female', used: Set<string>): string {
  for (;;) {
    const last = r.int(0, 4) * 2 + (gender === 'male' ? 1 : 0);
    const first17 = `${d.code}${birth.replace(/-/g, '')}${r.digits(2)}${last}`;
    const id = first17 + residentIdCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Organisation code (GB 11714): 8 characters + MOD 11 check, as embedded in a credit code. */
function organisationCode(r: Random): string {
  let body = r.chance(0.6) ? 'MA' : '';
  while (body.length < 8) body += r.chance(0.75) ? String(r.int(0, 9)) : r.pick(chars(ORG_CHARS.slice(10)));
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const c = body.charAt(i);
    const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return body + (check === 11 ? '0' : check === 10 ? 'X' : String(check));
}

function creditCode(r: Random, d: District, used: Set<string>): string {
  for (;;) {
    const first17 = `91${d.code}${organisationCode(r)}`;
    const code = first17 + creditCodeCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function chineseCompanyName(r: Random, d: District): { name: string; brand: string; industry: string } {
  const [trade, industry] = r.pick(TRADES);
  const brand = r.pick(BRANDS);
  const place = r.chance(0.85) ? d.city : d.province;
  return { name: `${place}${brand}${trade}${COMPANY_FORMS.pick(r)}`, brand, industry };
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding

/** A generated customer: the stored values (no custom fields), its id and when it was created. */
interface CustomerRecord extends Omit<CustomerValues, 'customFields'> {
  id: string;
  createdAt: number;
}

function ensureStaff(db: Db): { ids: string[]; created: number } {
  const find = db.prepare('SELECT id FROM staff WHERE name = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1');
  let created = 0;
  const ids = STAFF_NAMES.map((name) => {
    const row = find.get(name) as { id: string } | undefined;
    if (row) return row.id;
    created += 1;
    return createStaff(db, name).id;
  });
  return { ids, created };
}

export function seedDemo(db: Db, options: SeedOptions): SeedResult {
  const started = performance.now();
  const total = Math.max(0, Math.floor(options.customers));
  const r = new Random(mulberry32(options.seed ?? 1));
  const perCustomer = Math.max(0, options.interactionsPerCustomer ?? 5);
  const maxInteractions = Math.round(perCustomer * 2);
  const now = options.now ?? Math.floor(Date.now() / DAY) * DAY;
  const since = now - 3 * YEAR;

  const keyCache = new Map<string, NameKeys>();
  const keysOf = (name: string): NameKeys => {
    let k = keyCache.get(name);
    if (!k) {
      k = nameKeys(name);
      keyCache.set(name, k);
    }
    return k;
  };
  const usedMobiles = new Set<string>();
  const usedIds = new Set<string>();

  const insertCustomer = db.prepare(
    `INSERT INTO customers (id, kind, name, gender, birth_date, mobile, phone, email, address, region, employer,
       position, nationality, marital_status, source, id_number, industry, headcount, owner_id, notes, tags,
       name_pinyin, name_initials, search_text, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = db.prepare('INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)');
  const insertContact = db.prepare(
    `INSERT INTO contacts (id, customer_id, name, title, role, mobile, email, notes, created_at, created_by,
       updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertInteraction = db.prepare(
    `INSERT INTO interactions (id, customer_id, kind, occurred_at, staff_id, summary, outcome, created_at, created_by,
       updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  // Only for the seed: no fsync, a big page cache, and no foreign-key lookups (every reference is to a row written
  // just before). All three are connection settings and are put back afterwards.
  const previousSync = db.pragma('synchronous', { simple: true }) as number;
  const previousCache = db.pragma('cache_size', { simple: true }) as number;
  const previousForeignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -131072');
  db.pragma('foreign_keys = OFF');

  let interactions = 0;
  let contacts = 0;
  let staffCreated = 0;
  try {
    const staff = db.transaction(() => ensureStaff(db))();
    staffCreated = staff.created;
    // Employers of seeded persons: companies of the branch's cities and public institutions.
    const employers: string[] = [];
    for (let i = 0; i < 400; i += 1) {
      const d = HOME_DISTRICTS.pick(r);
      employers.push(r.chance(0.75) ? chineseCompanyName(r, d).name : `${d.city}${r.pick(INSTITUTIONS)}`);
    }

    const makePerson = (id: string, createdAt: number, ownerId: string | null): CustomerRecord => {
      const home = HOME_DISTRICTS.pick(r);
      const foreign = r.chance(0.09); // ≈8 % of all customers, as persons are ≈88 %
      const gender: 'male' | 'female' = r.chance(0.5) ? 'male' : 'female';
      const name = foreign
        ? `${r.pick(gender === 'male' ? ENGLISH_MALE : ENGLISH_FEMALE)} ${r.pick(ENGLISH_SURNAMES)}`
        : chineseName(r, gender);
      const age = r.chance(0.7) ? r.int(25, 60) : r.int(18, 85);
      const birthMs = now - age * YEAR - r.int(0, 364) * DAY;
      const birthDate = isoDate(birthMs);
      const retired = age >= 60 && r.chance(0.6);
      const keys = keysOf(name);
      let email: string | null = null;
      if (foreign ? r.chance(0.8) : r.chance(0.35)) {
        const local =
          r.chance(0.15) && !foreign
            ? r.digits(1).replace('0', '1') + r.digits(r.int(6, 9))
            : `${keys.full}${r.chance(0.5) ? String(r.int(1, 99)) : birthDate.slice(2, 4)}`;
        email = `${local}@${foreign ? r.pick(FOREIGN_MAIL) : local.match(/^\d/) ? 'qq.com' : r.pick(PERSON_MAIL)}`;
      }
      let phone: string | null = null;
      if (foreign && r.chance(0.35)) {
        const [cc, len] = r.pick(FOREIGN_PHONES);
        phone = `+${cc}${String(r.int(2, 9))}${r.digits(len - 1)}`;
      } else if (r.chance(0.15)) phone = landline(r, home, false);
      const idNumber =
        !foreign && r.chance(0.68)
          ? residentId(r, r.chance(0.6) ? home : r.pick(DISTRICTS), birthDate, gender, usedIds)
          : null;
      const tags = pickTags(r, retired ? ['理财', '保险', 'VIP'] : []);
      return {
        id,
        kind: 'person',
        name,
        gender: r.chance(0.97) || idNumber ? gender : null,
        birthDate: idNumber || r.chance(0.7) ? birthDate : null,
        mobile: foreign && r.chance(0.3) ? null : mobile(r, usedMobiles),
        phone,
        email,
        address: r.chance(0.8) ? address(r, home) : null,
        region: r.chance(0.95) ? home.region : null,
        employer: retired || r.chance(0.2) ? null : r.pick(employers),
        position: retired ? '退休' : r.chance(0.8) ? r.pick(POSITIONS) : null,
        nationality: foreign ? NATIONALITIES.pick(r) : r.chance(0.7) ? '中国' : null,
        maritalStatus: age < 22 ? 'single' : MARITAL.pick(r),
        source: r.chance(0.9) ? SOURCE_WEIGHTS.pick(r) : null,
        idNumber,
        industry: null,
        headcount: null,
        ownerId,
        notes: r.chance(0.15) ? r.pick(NOTES) : null,
        tags,
        createdAt,
      };
    };

    const makeCompany = (id: string, createdAt: number, ownerId: string | null): CustomerRecord => {
      const home = HOME_DISTRICTS.pick(r);
      let name: string;
      let industry: string;
      let domain: string;
      if (r.chance(0.1)) {
        [name, industry] = r.pick(ENGLISH_COMPANIES);
        domain = `${keysOf(name).initials}.com`;
      } else {
        const c = chineseCompanyName(r, home);
        name = c.name;
        industry = c.industry;
        domain = `${keysOf(c.brand).full}${r.chance(0.5) ? 'group' : ''}.com.cn`;
      }
      const tags = pickTags(r, ['代发工资', '贷款', 'VIP']);
      return {
        id,
        kind: 'company',
        name,
        gender: null,
        birthDate: null,
        mobile: r.chance(0.5) ? mobile(r, usedMobiles) : null,
        phone: r.chance(0.9) ? landline(r, home, r.chance(0.3)) : null,
        email: r.chance(0.6) ? `${r.pick(['info', 'service', 'finance', 'contact'])}@${domain}` : null,
        address: `${address(r, home).replace(/\d+栋\d+室$/, '')}${r.chance(0.5) ? `${r.int(2, 28)}层` : ''}`,
        region: home.region,
        employer: null,
        position: null,
        nationality: null,
        maritalStatus: null,
        source: SOURCE_WEIGHTS.pick(r),
        idNumber: r.chance(0.9) ? creditCode(r, home, usedIds) : null,
        industry,
        headcount: r.chance(0.8) ? Math.round(Math.exp(r.float() * Math.log(3000))) + 2 : null,
        ownerId,
        notes: r.chance(0.1) ? '对公客户，结算账户在本网点' : null,
        tags,
        createdAt,
      };
    };

    /** Writes a customer with its tags, interactions and contacts; answers how many interactions it logged. */
    const writeCustomer = (c: CustomerRecord): number => {
      const keys = keysOf(c.name);
      const text = searchText(c, keys);
      const created = isoTime(c.createdAt);
      // Interactions: between creation and now, each logged by a staff member (mostly the owner).
      const count = maxInteractions > 0 ? r.int(0, maxInteractions) : 0;
      const pending: [number, InteractionKind][] = [];
      for (let i = 0; i < count; i += 1)
        pending.push([officeTime(r, c.createdAt, now), INTERACTION_KIND_WEIGHTS.pick(r)]);
      pending.sort((a, b) => a[0] - b[0]);
      const updated = Math.max(c.createdAt, pending.at(-1)?.[0] ?? c.createdAt);
      // prettier-ignore
      insertCustomer.run(
        c.id, c.kind, c.name, c.gender, c.birthDate, c.mobile, c.phone, c.email, c.address, c.region, c.employer,
        c.position, c.nationality, c.maritalStatus, c.source, c.idNumber, c.industry, c.headcount, c.ownerId, c.notes,
        JSON.stringify(c.tags), keys.full, keys.initials, text, created, c.ownerId, isoTime(updated), c.ownerId,
      );
      for (const tag of c.tags) insertTag.run(c.id, tag);
      for (const [at, kind] of pending) {
        const staffId = c.ownerId && r.chance(0.85) ? c.ownerId : r.pick(staff.ids);
        const stamp = isoTime(at + r.int(1, 120) * 60_000);
        const outcome = r.pick(OUTCOMES[kind]);
        // prettier-ignore
        insertInteraction.run(
          uuidv7(), c.id, kind, isoTime(at), staffId, r.pick(SUMMARIES[kind])(r), outcome, stamp, staffId, stamp, staffId,
        );
      }
      if (c.kind === 'company') {
        const n = r.int(1, 3);
        for (let i = 0; i < n; i += 1) {
          const role: ContactRole = i === 0 ? 'decision_maker' : r.pick(CONTACT_ROLES.slice(1));
          const gender = r.chance(0.5) ? 'male' : 'female';
          const contactName = chineseName(r, gender);
          // prettier-ignore
          insertContact.run(
            uuidv7(), c.id, contactName, r.pick(CONTACT_TITLES[role]), role, r.chance(0.9) ? mobile(r, usedMobiles) : null,
            r.chance(0.4) ? `${keysOf(contactName).full}@${c.email?.split('@')[1] ?? r.pick(PERSON_MAIL)}` : null,
            role === 'decision_maker' && r.chance(0.3) ? '重要事项需其签字确认' : null,
            created, c.ownerId, created, c.ownerId,
          );
        }
        contacts += n;
      }
      return count;
    };

    // Customers arrive steadily over the three years, during office hours; insertion order is creation order.
    const firstDay = Math.floor((since + CST) / DAY);
    const days = Math.floor((now + CST) / DAY) - firstDay;
    const creationTime = (position: number): number => {
      const x = (position / Math.max(total, 1)) * days;
      const day = Math.floor(x);
      return (firstDay + day) * DAY - CST + 9 * 3_600_000 + Math.floor((x - day) * 9 * 3_600_000);
    };

    // FTS5 flushes its pending terms at every statement savepoint, which a trigger opens for each row: indexing a
    // batch with one INSERT … SELECT is several times faster. The insert triggers of both search indexes (trigram
    // and short) are dropped and recreated from their own stored SQL inside each batch's transaction, so the schema
    // is never left without them; a trigger that is not the one search/schema.ts knows is left to index row by row.
    const storedTrigger = (name: string): string | undefined =>
      db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as
        string | undefined;
    const bulkIndexes = INSERT_TRIGGERS.flatMap((trigger) => {
      const create = storedTrigger(trigger.name);
      return create && isKnownTrigger(create, trigger)
        ? [{ trigger: trigger.name, create, index: db.prepare(trigger.bulk) }]
        : [];
    });
    const lastRowid = db.prepare('SELECT coalesce(max(rowid), 0) FROM customers').pluck();

    const writeBatch = db.transaction((from: number, to: number) => {
      for (const b of bulkIndexes) db.exec(`DROP TRIGGER ${b.trigger}`);
      // New customers take rowids above every existing one: the bulk statements index those.
      const indexedUpTo = lastRowid.get() as number;
      for (let i = from; i < to; i += 1) {
        const createdAt = creationTime(i + r.float());
        const ownerId = r.chance(0.95) ? r.pick(staff.ids) : null;
        const id = uuidv7();
        const c = r.chance(0.12) ? makeCompany(id, createdAt, ownerId) : makePerson(id, createdAt, ownerId);
        interactions += writeCustomer(c);
        if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === total) options.onProgress?.(i + 1, total);
      }
      for (const b of bulkIndexes) {
        if (to > from) b.index.run(indexedUpTo);
        db.exec(b.create);
      }
    });

    for (let from = 0; from < total; from += TRANSACTION) writeBatch(from, Math.min(total, from + TRANSACTION));
  } finally {
    db.pragma(`foreign_keys = ${previousForeignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`cache_size = ${previousCache}`);
    db.pragma(`synchronous = ${previousSync}`);
  }
  return { customers: total, interactions, contacts, staff: staffCreated, ms: Math.round(performance.now() - started) };
}

function pickTags(r: Random, favoured: readonly string[]): string[] {
  const n = TAG_COUNT.pick(r);
  const tags: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const tag = favoured.length > 0 && r.chance(0.3) ? r.pick(favoured) : r.pick(TAGS);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
