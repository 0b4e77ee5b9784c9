import type { Messages } from './en';

export const zhCN = {
  'app.name': '客户档案',
  'staff.default': '我（默认员工）',

  'field.invalid': '该值无效。',
  'id.invalid': '记录编号无效。',
  'text.tooLong': '内容过长。',
  'name.required': '请填写姓名。',
  'summary.required': '请填写沟通内容。',
  'date.invalid': '不是有效的日期。',
  'date.future': '日期不能晚于今天。',
  'number.invalid': '不是有效的数字。',
  'tag.empty': '标签不能为空。',
  'tag.tooMany': '标签过多。',
  'phone.empty': '电话号码为空。',
  'phone.tooShort': '电话号码位数太少。',
  'phone.tooLong': '电话号码位数太多。',
  'phone.invalid': '电话号码无效（手机：以13–19开头的11位数字；座机：区号+号码）。',
  'phone.notMobile': '这是座机号码，请填入“其他电话”。',
  'email.invalid': '邮箱地址无效。',
  'residentId.length': '身份证号应为18位。',
  'residentId.format': '身份证号应为17位数字加1位数字或X。',
  'residentId.checkDigit': '身份证号校验位不符，可能有输错的数字。',
  'residentId.birthDate': '身份证号中的出生日期不存在。',
  'creditCode.length': '统一社会信用代码应为18位。',
  'creditCode.format': '统一社会信用代码由数字和大写字母组成（不含 I、O、Z、S、V）。',
  'creditCode.checkChar': '统一社会信用代码校验位不符，可能有输错的字符。',

  'error.validation': '有字段需要修改。',
  'error.not_found': '该记录已不存在。',
  'error.conflict': '与已有记录冲突。',
  'error.db_too_new': '该数据库由更新版本的客户档案创建，请升级软件。',
  'error.db_corrupt': '无法打开数据库文件。',
  'error.unauthorized': '页面未授权，请打开“npm run web”输出的地址。',
  'error.unknown_channel': '内部错误：未知请求。',
  'error.internal': '出错了：{message}',
  'cli.usage': `用法：dossier <命令> [选项]

命令：
  check                         检查数据库完整性和版本
  seed-demo --customers N       添加 N 个演示客户（--seed S 生成另一组）
  search 关键词                 按姓名、拼音、电话、证件号、单位或邮箱查找客户

选项：
  --db 路径      数据库文件（默认：桌面应用的数据文件）
  --json         输出 JSON
  --lang zh-CN|en
  -h, --help     显示帮助`,
  'cli.check.ok': '正常：{path} — 数据库版本 {version}，客户 {customers} 个，完整性检查通过。',
  'cli.check.bad': '有问题：{path} — 完整性：{integrity}；外键问题：{fk} 处。',
  'cli.seed.progress': '正在生成… {done}/{total}',
  'cli.seed.done': '已向 {path} 添加 {customers} 个客户、{interactions} 条沟通记录，用时 {seconds} 秒。',
  'cli.search.missing': '请输入要查找的内容，例如：dossier search zs',
  'cli.search.none': '没有找到与“{query}”匹配的客户。',
  'cli.unknownCommand': '未知命令“{command}”。运行 dossier --help 查看命令列表。',
  'error.network': '无法连接客户档案服务，请确认程序仍在运行。',
} as const satisfies Messages;
