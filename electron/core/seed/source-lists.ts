/** What demo customers are drawn from: names, places, employers, products, and how often each occurs. */
import { LOGGABLE_KINDS } from '../../../shared/interactions/types';
import { SOURCES } from '../../../shared/customers/types';
import type { ContactRole } from '../../../shared/contacts/types';
import type { MaritalStatus, Source } from '../../../shared/customers/types';
import { chars, type Random, Weighted } from './random';

/** Surnames with rough frequencies in per-mille (2020 census order), compound surnames rare. */
// prettier-ignore
export const SURNAMES = new Weighted<string>([
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
export const MALE_CHARS = zipf(GIVEN_MALE);
export const FEMALE_CHARS = zipf(GIVEN_FEMALE);
export const EITHER_CHARS = zipf(GIVEN_EITHER);

// prettier-ignore
export const ENGLISH_MALE = ['David', 'Michael', 'James', 'John', 'Robert', 'Daniel', 'Thomas', 'Mark', 'Kevin', 'Peter', 'Andrew', 'Richard', 'Paul', 'Jason', 'Eric', 'Lucas', 'Oliver', 'Henry'];
// prettier-ignore
export const ENGLISH_FEMALE = ['Emily', 'Sarah', 'Anna', 'Jessica', 'Laura', 'Sophie', 'Emma', 'Olivia', 'Grace', 'Rachel', 'Linda', 'Karen', 'Hannah', 'Chloe', 'Amy', 'Claire'];
// prettier-ignore
export const ENGLISH_SURNAMES = ['Miller', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Anderson', 'Thompson', 'Martin', 'Clark', 'Walker', 'Young', 'Schmidt', 'Fischer', 'Dubois', 'Laurent', 'Rossi', 'Tanaka', 'Kim', 'Park', 'Chen', 'Wong', 'Lee', 'Chan', 'Lim', 'Tan'];
// prettier-ignore
export const NATIONALITIES = new Weighted<string>([
  ['美国', 30], ['英国', 12], ['加拿大', 10], ['澳大利亚', 8], ['新加坡', 10], ['德国', 8], ['法国', 6], ['日本', 6],
  ['韩国', 6], ['马来西亚', 4],
]);
/** Foreign phone prefixes as E.164 country codes with subscriber lengths. */
// prettier-ignore
export const FOREIGN_PHONES: readonly (readonly [string, number])[] = [
  ['1', 10], ['44', 10], ['61', 9], ['65', 8], ['49', 11], ['33', 9], ['81', 10], ['82', 10], ['60', 9],
];

export interface District {
  readonly code: string;
  readonly city: string;
  readonly region: string;
  readonly area: string;
  readonly localDigits: 7 | 8;
  readonly province: string;
}

/** Real GB/T 2260 district codes with the city's telephone area code. */
// prettier-ignore
export const DISTRICTS: readonly District[] = [
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
export const HOME_DISTRICTS = new Weighted<District>(DISTRICTS.map((d, i) => [d, i < 8 ? 6 : i < 16 ? 3 : 1.5]));

// prettier-ignore
export const STREETS = ['人民路', '中山路', '解放路', '建设路', '长江路', '和平路', '新华路', '文化路', '南京路', '延安路',
  '学院路', '科技路', '花园路', '滨江大道', '世纪大道', '体育路', '青年路', '胜利路', '朝阳路', '东风路', '工业园路', '府前街'];
// prettier-ignore
export const MOBILE_PREFIXES = new Weighted<string>([
  ['138', 9], ['139', 9], ['137', 6], ['136', 6], ['135', 6], ['134', 3], ['130', 4], ['131', 4], ['132', 4],
  ['133', 4], ['150', 6], ['151', 5], ['152', 5], ['153', 3], ['155', 4], ['156', 4], ['157', 3], ['158', 6],
  ['159', 6], ['166', 2], ['170', 1], ['173', 2], ['176', 3], ['177', 3], ['178', 2], ['180', 4], ['181', 4],
  ['182', 4], ['183', 4], ['185', 4], ['186', 6], ['187', 5], ['188', 5], ['189', 5], ['191', 2], ['195', 1],
  ['198', 2], ['199', 3],
]);

export const TAGS = [
  'VIP',
  '优质客户',
  '理财',
  '基金',
  '保险',
  '贷款',
  '潜力客户',
  '沉睡客户',
  '企业主',
  '代发工资',
] as const;
// prettier-ignore
export const TAG_COUNT = new Weighted<number>([[0, 40], [1, 30], [2, 20], [3, 10]]);

export const SOURCE_WEIGHTS = new Weighted<Source>(
  SOURCES.map((s): [Source, number] => [
    s,
    { referral: 30, walk_in: 25, advertising: 8, exhibition: 5, phone: 12, internet: 15, other: 5 }[s],
  ]),
);
// prettier-ignore
export const MARITAL = new Weighted<MaritalStatus | null>([
  ['married', 60], ['single', 24], ['divorced', 7], ['widowed', 3], [null, 6],
]);
export const STAFF_NAMES = ['王丽', '李强', '张敏', '刘洋', '陈静', '杨帆', '赵磊', '周婷'] as const;

// prettier-ignore
export const POSITIONS = ['经理', '工程师', '教师', '医生', '会计', '销售主管', '总监', '公务员', '设计师', '律师', '护士',
  '研究员', '项目经理', '行政专员', '财务经理', '部门主管', '软件工程师', '客户经理', '技术员', '店长', '副总经理'];
// prettier-ignore
export const INSTITUTIONS = ['市第一人民医院', '市中心医院', '市实验中学', '大学', '市税务局', '地铁集团有限公司',
  '供电公司', '市公安局', '自来水有限公司', '市人民政府办公厅', '日报社', '市第二人民医院'];

// prettier-ignore
export const BRANDS = ['恒达', '锦程', '华信', '中天', '鼎盛', '瑞丰', '永盛', '宏远', '金泰', '远航', '天润', '海纳', '博源',
  '新锐', '德信', '嘉禾', '华美', '众诚', '汇通', '盛世', '东升', '万隆', '凯旋', '星辰', '蓝海', '银河', '富康', '长青',
  '同舟', '聚力', '安捷', '明阳', '百川', '卓越', '润泽', '信达', '祥和', '启航', '和瑞', '金诚'];
// prettier-ignore
export const TRADES: readonly (readonly [string, string])[] = [
  ['机械', '制造业'], ['贸易', '批发和零售业'], ['科技', '信息技术服务业'], ['电子', '制造业'], ['建材', '批发和零售业'],
  ['物流', '交通运输业'], ['餐饮管理', '住宿和餐饮业'], ['文化传媒', '文化体育和娱乐业'], ['医疗器械', '制造业'],
  ['服装', '制造业'], ['食品', '制造业'], ['化工', '制造业'], ['建筑工程', '建筑业'], ['信息技术', '信息技术服务业'],
  ['投资管理', '金融业'], ['房地产开发', '房地产业'], ['环保科技', '科学研究和技术服务业'], ['网络科技', '信息技术服务业'],
  ['物业管理', '房地产业'], ['汽车销售服务', '批发和零售业'],
];
// prettier-ignore
export const COMPANY_FORMS = new Weighted<string>([['有限公司', 70], ['股份有限公司', 12], ['有限责任公司', 10], ['集团有限公司', 8]]);
// prettier-ignore
export const ENGLISH_COMPANIES: readonly (readonly [string, string])[] = [
  ['Pacific Rim Logistics Ltd.', '交通运输业'], ['Blue Harbor Trading Co., Ltd.', '批发和零售业'],
  ['Northstar Consulting (Shanghai) Co., Ltd.', '租赁和商务服务业'], ['Evergreen Foods Asia Ltd.', '制造业'],
  ['Silverline Technology Ltd.', '信息技术服务业'], ['Golden Bridge Capital Partners', '金融业'],
  ['Redwood Design Studio Ltd.', '文化体育和娱乐业'], ['Summit Medical Devices (China) Co., Ltd.', '制造业'],
  ['Orient Star Education Ltd.', '教育'], ['Greenfield Renewable Energy Ltd.', '电力热力燃气及水生产和供应业'],
];
export const CONTACT_TITLES: Record<ContactRole, readonly string[]> = {
  decision_maker: ['法定代表人', '董事长', '总经理'],
  delegated_decision_maker: ['财务总监', '副总经理', 'CFO'],
  influencer: ['财务经理', '行政主管', '采购经理'],
  other: ['出纳', '会计', '行政专员'],
};
// prettier-ignore
export const PERSON_MAIL = ['163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com'];
export const FOREIGN_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com'];
// prettier-ignore
export const NOTES = [
  '偏好电话联系，工作日下午方便', '对稳健型理财产品感兴趣', '风险偏好：保守型', '风险偏好：平衡型', '风险偏好：进取型',
  '子女明年出国留学，关注换汇业务', '近期有购房计划', '老客户介绍，需重点维护', '不接受营销短信', '经营资金需求季节性明显',
  '每月固定定投', '偏好微信沟通', '家庭资产配置需求较多',
];

// prettier-ignore
const PRODUCTS = ['大额存单', '定期存款', '稳健型理财产品', '净值型理财', '基金定投', '养老保险', '重疾险', '信用卡分期',
  '个人住房贷款', '经营贷', '代发工资业务', '储蓄国债', '贵金属', '外汇业务', '企业网银', '手机银行'];
/** Bare timeline entries only: the demo's complaints are complaint records (seed/complaints.ts). */
type LoggableKind = (typeof LOGGABLE_KINDS)[number];
export const INTERACTION_KIND_WEIGHTS = new Weighted<LoggableKind>(
  LOGGABLE_KINDS.map((k): [LoggableKind, number] => [k, { call: 40, visit: 22, meeting: 10, email: 8, note: 16 }[k]]),
);
export const SUMMARIES: Record<LoggableKind, readonly ((r: Random) => string)[]> = {
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
};
// prettier-ignore
export const OUTCOMES: Record<LoggableKind, readonly (string | null)[]> = {
  call: ['客户考虑中，一周后再跟进', '预约下周到网点', '无意向', '未接通，改日再拨', '已发送资料', '已办理', null],
  visit: ['已办理', '已开户', '资料不全，约定补交', '客户考虑中', '已完成风险评估', null],
  meeting: ['客户同意调整配置', '待客户确认方案', '已签约', '下次会议再议', null],
  email: ['客户已回复确认', '等待客户回复', null],
  note: [null, null, '已记录'],
};
