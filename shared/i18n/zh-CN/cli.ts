import type { cliMessages as english } from '../en/cli';
import type { CatalogOf } from '../catalog';

/** 中文消息：cli。 */
export const cliMessages: CatalogOf<typeof english> = {
  'cli.usage': `用法：dossier <命令> [选项]

命令：
  check                         检查数据库完整性和版本
  seed-demo --customers N       添加 N 个演示客户（--seed S 生成另一组；
                                --callbacks N 另加 N 个待回访和过去一年 N 个已完成的回访；
                                --complaints N 过去一年的 N 件投诉，默认为客户数的 2%）；
                                一次写入，可用 --remove 整批删除
  search 关键词                 按姓名、拼音、电话、证件号、单位或邮箱查找客户
  import 文件                   从 .xlsx/.csv/.txt 导入客户（或 --target transactions 导入交易）
      [--sheet 工作表] [--encoding utf-8|gb18030|big5|utf-16le|utf-16be] [--mapping 文件]
      [--on-duplicate skip|fill|overwrite|create] [--header-row N] [--date-order mdy|dmy]
  import undo 批次号            撤销整批导入；导入后又有改动的记录保留不动
      [--include-changed]       连这些记录一起撤销（会删除这些客户名下后来添加的记录）
  import history                查看导入记录
  import rejected 批次号 --out 文件
                                把某次导入未导入的行及原因保存到文件
  export --out 文件             导出客户（或 --what transactions）到 .xlsx 或 .csv
      [--encoding utf8|gbk] [--query 关键词] [--tag 标签] [--segment 分组名] [--class 分类]
  segments list 分组名|--class 分类
                                已存分组或某一分类的客户（ID、姓名、手机）；--class 可重复
                                （abc:A、rfm:none、lifecycle:decline、risk:C3 …）
  callbacks due [--date 日期]   当天到期的回访（默认今天），逾期的在前 [--staff 员工ID]
  callbacks report --from 日期 --to 日期
                                某期间的回访报告 [--campaign 活动ID] [--staff 员工ID]
  segments compute              立即为所有客户分层 [--period 12m | --from 日期 --to 日期]
  segments show                 各方案的分层结果 [--scheme abc|rfm|frequency|value|lifecycle]
  segments migration --from YYYY-MM --to YYYY-MM
                                两个月末之间客户在类别间的迁移 [--scheme 方案]
  complaints list [--overdue]    按办结期限列出未办结的投诉 [--status 状态] [--mine] [--category 类别] [--owner 员工ID]
  complaints report --from 日期 --to 日期
                                某期间的投诉分析和满意度 [--owner 员工ID]
  backup create                 立即备份数据库并检查备份
  backup list                   列出备份（最新的在前），含原因、大小和检查结果
  backup verify [文件]          重新检查备份（默认检查全部）
  backup restore 文件           恢复备份；恢复前先备份当前状态
  report customer 客户ID --out 文件.pdf
                                客户分析报告（PDF）[--paper A4|Letter]
                                [--unmask：显示完整电话和证件号码，记入审计日志]
  report callbacks --from 日期 --to 日期 --out 文件.pdf
                                回访报告及网点改进措施 [--campaign 活动ID] [--staff 员工ID]
  report segments --out 文件.pdf
                                客户分类表（例会用）[--scheme abc] [--class abc:A]
                                [--from YYYY-MM --to YYYY-MM：类别迁移矩阵的月份]
  report complaints --from 日期 --to 日期 --out 文件.pdf
                                投诉分析及满意度 [--owner 员工ID]
  report list --out 文件.pdf    打印客户名单 [--segment 分组名] [--class 类别] [--query 关键词] [--tag 标签]
                                [--columns name,mobile,employer,region,owner,tags,…]
  report batch --segment 分组名 --out 文件夹
                                为每位客户打印客户分析报告，每人一个 PDF [--class 类别] [--owner 员工ID]
                                [--combined --out 文件.pdf：合并为一个 PDF]
                                （所有报告均可用 --lang、--paper A4|Letter、--unmask）
  encryption status|enable|rekey|disable
                                加密数据库及其备份，更改或取消密码短语
                                （--new-key-file 文件 保存新密码短语）
  hq init --url postgresql://…  建立或更新总部数据库结构和角色（只读角色的密码仅显示一次）
  hq add-branch --code 代码 --name 名称 --url postgresql://…
                                在总部添加网点及其专用登录角色（密码仅显示一次）
  branch init --code 代码 --name 名称
                                设置此数据库所属的网点（仅一次）
  sync push [--url postgresql://…]
                                把改动推送到总部（指定的地址会保存，供应用自动推送）
  sync status                   网点、总部、待推送的改动、上次推送和错误

选项：
  --db 路径      数据库文件（默认：桌面应用的数据文件）
  --key-file 文件  保存加密数据库密码短语的文件（或 DOSSIER_KEY_FILE=文件）
  customer export 客户ID --out 文件
                                导出一位客户的全部信息（资料、联系人、通话、回访、购买、投诉、分类、修改记录），.xlsx 或 .json
  customer erase 客户ID         彻底清除一位客户，连同修改记录和导入副本中的相关值

选项：
  --db 路径      数据库文件（默认：桌面应用的数据文件）
  --as 员工      以该员工身份操作（姓名、ID 或对应的电脑账户；默认为运行命令的电脑账户对应的员工）；
                 开启登录后由其角色决定可做的操作
  --json         输出 JSON
  --lang zh-CN|en
  -h, --help     显示帮助

退出码：0 完成，1 失败，2 命令行有误。导入已保存但未导入的行无法写到文件旁边时仍为 0：
会有一条提示（--json 中为 rejectedFileError）说明原因和获取方法；请勿重新导入。`,
  'cli.badNumber': '--{option} 必须是整数，而不是“{value}”。',
  'cli.badChoice': '--{option} 只能是 {allowed} 之一，而不是“{value}”。',
  'cli.unknownOption': '没有 {option} 这个选项。运行 dossier --help 查看全部选项。',
  'cli.optionValue': '选项 {option} 需要一个值。',
  'cli.badArguments': '无法识别这些参数。请运行 dossier --help。',
  'cli.noDatabase': '{path} 没有数据库。请检查 --db，或用 dossier seed-demo 新建。',
  'cli.noFile': '找不到文件 {path}。',
  'cli.writeFailed': '无法写入 {path}：{reason}。',
  'cli.write.readOnly': '该文件夹是只读的',
  'cli.write.diskFull': '磁盘已满',
  'cli.write.denied': '没有写入权限',
  'cli.write.isFolder': '该位置已有同名文件夹',
  'cli.write.noFolder': '文件夹不存在',
  'cli.write.busy': '文件正被其他程序打开',
  'cli.write.other': '系统提示“{message}”',
  'cli.check.ok': '正常：{path} — 数据库版本 {version}，客户 {customers} 个，完整性检查通过。',
  'cli.check.bad': '有问题：{path} — 完整性：{integrity}；外键问题：{fk} 处。',
  'cli.seed.removed':
    '已删除演示数据：{customers, number} 个客户及其全部记录、{campaigns, number} 个回访活动、{products, number} 个产品。',
  'cli.seed.progress': '正在生成… {done}/{total}',
  'cli.seed.callbacks': '已安排 {open} 个待回访，并生成 {finished} 个已完成的回访（共拨打 {calls} 次）。',
  'cli.seed.done': '已向 {path} 添加 {customers} 个客户、{interactions} 条沟通记录，用时 {seconds} 秒。',
  'cli.search.missing': '请输入要查找的内容，例如：dossier search zs',
  'cli.search.none': '没有找到与“{query}”匹配的客户。',
  'cli.unknownCommand': '未知命令“{command}”。运行 dossier --help 查看命令列表。',
  'cli.import.badMapping': '--mapping 应为 JSON 数组，每列一个字段，可选：{fields}',
  'cli.import.undoMissing': '要撤销哪一批？例如：dossier import undo <批次号>（用 dossier import history 查看）',
  'cli.import.undone': '已撤销导入：删除 {removed, number} 条，恢复 {restored, number} 条。',
  'cli.import.undoneKept': '导入后又有改动的 {kept, number} 条记录保留不动。',
  'cli.import.undoneMark': '（已撤销）',
  'cli.import.fileMissing': '请指定文件，例如：dossier import 客户名单.xlsx',
  'cli.import.dateOrder': '无法判断以下列的日月顺序：{columns}。请加上 --date-order mdy 或 --date-order dmy。',
  'cli.busy': '忙：另一个导入正在进行，正在重试……',
  'cli.import.progress': '正在导入… {done}/{total}',
  'cli.import.done': '新建 {created}，更新 {updated}，跳过 {skipped}，未导入 {rejected}（用时 {seconds} 秒）。',
  'cli.import.merged': '{count} 行已合并到本文件中的同一客户。',
  'cli.import.batch': '批次：{batch}（撤销：dossier import undo {batch}）',
  'cli.import.rejectedFile': '未导入的行及原因已写入 {path}',
  'cli.import.rejectedNotWritten':
    '注意：导入已保存，但未导入的行无法写入 {path}：{reason}。可运行 dossier import rejected {batch} --out 文件 获取（或在应用的“导入记录”中下载）。',
  'cli.import.rejectedMissing': '请指定输出文件，例如：dossier import rejected <批次号> --out 未导入.xlsx',
  'cli.export.outMissing': '请指定输出文件，例如：dossier export --out 客户.xlsx',
  'cli.export.done': '已导出 {rows} 行到 {path}。',
  // 回访：命令行。
  'cli.callbacks.usage': `用法：
  dossier callbacks due [--date YYYY-MM-DD] [--staff 员工ID] [--limit N]
      当天到期的待回访（默认今天），逾期的排在前面
  dossier callbacks report --from YYYY-MM-DD --to YYYY-MM-DD [--campaign 活动ID] [--staff 员工ID]
      该期间计划的回访的回访报告`,
  'cli.callbacks.unknown': '未知的 callbacks 命令“{command}”。',
  'cli.callbacks.badDate': '--{option} 必须是 2026-05-01 这样的日期，收到的是“{value}”。',
  'cli.callbacks.rangeMissing': '哪个期间？例如：dossier callbacks report --from 2026-01-01 --to 2026-03-31',
  'cli.callbacks.due.header': '{date}：今日到期 {today} 条，逾期 {overdue} 条。',
  'cli.callbacks.due.none': '{date} 没有到期的回访。',
  'cli.callbacks.due.more': '……另有 {count} 条（可用 --limit 调整）。',
  'cli.callbacks.col.due': '到期日',
  'cli.callbacks.col.customer': '客户',
  'cli.callbacks.col.phone': '电话',
  'cli.callbacks.col.staff': '员工',
  'cli.callbacks.col.purpose': '回访目的',
  'cli.callbacks.col.priority': '优先级',
  'cli.callbacks.col.attempts': '已拨次数',
  'cli.callbacks.col.window': '时间段',
  'cli.callbacks.col.notes': '备注',
  'cli.callbacks.col.count': '数量',
  'cli.callbacks.col.share': '占比',
  'cli.callbacks.col.planned': '计划',
  'cli.callbacks.col.reached': '接通',
  'cli.callbacks.col.notReached': '未接通',
  'cli.callbacks.col.pending': '待回访',
  'cli.callbacks.col.rate': '接通率',
  'cli.callbacks.col.satisfaction': '满意度',
  'cli.callbacks.report.title': '回访报告（{from} 至 {to}）',
  'cli.callbacks.report.open': '不限',
  'cli.callbacks.report.campaign': '回访活动：{name}',
  'cli.callbacks.report.summary':
    '计划回访 {planned} 户：接通 {reached} 户，未接通 {notReached} 户，待回访 {pending} 户。接通率 {rate}。',
  'cli.callbacks.report.cancelled': '已取消（不计入）：{count} 户。',
  'cli.callbacks.report.notReachedTitle': '未接通原因',
  'cli.callbacks.report.answersTitle': '接通客户的回答分类',
  'cli.callbacks.report.noCategory': '（未记录）',
  'cli.callbacks.report.satisfaction': '满意度：平均 {average} 分（满分 5 分），共 {count} 人回答。',
  'cli.callbacks.report.noSatisfaction': '满意度：未记录。',
  'cli.callbacks.report.attempts': '共拨打 {total} 次，其中未接通 {notReached} 次。',
  'cli.callbacks.report.perStaffTitle': '按员工',
};
