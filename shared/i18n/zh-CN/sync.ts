import type { CatalogOf } from '../catalog';
import type { syncMessages as english } from '../en/sync';

/** 中文消息：多网点与总部——总部初始化、网点身份、推送。 */
export const syncMessages: CatalogOf<typeof english> = {
  'hq.badCode': '网点代码为 1–32 个字母、数字、“-”或“_”（收到“{code}”）。',
  'hq.noName': '请填写网点名称。',
  'hq.branchExists': '总部已有代码为“{code}”的网点。',
  'hq.noUrl': '请用 --url postgresql://用户@主机/库 指定总部数据库。',
  'hq.badUrl': '这不是 PostgreSQL 地址：{url}',
  'hq.init.done': '总部数据库结构已就绪（{applied, plural, =0 {已是最新} other {应用了 {applied, number} 个迁移}}）。',
  'hq.init.reader': '总部只读角色 {role}，密码（仅此一次显示）：{password}',
  'hq.init.readerExists': '总部只读角色 {role} 已存在，密码未变。',
  'hq.addBranch.done':
    '已添加网点 {code}（{name}）。其角色 {role}，密码（仅此一次显示）：{password}\n网点推送命令：dossier sync push --url {url}',
  'hq.badUrlShort': '总部数据库地址以 postgresql:// 开头',
  'sync.branchSet': '此数据库已属于网点 {code}（{name}）；网点只能设置一次。',
  'sync.noBranch': '此数据库尚未属于任何网点：请先运行 dossier branch init --code 代码 --name 名称。',
  'sync.noUrl': '尚未设置总部数据库：请用 --url postgresql://… 指定，或在设置中填写。',
  'sync.error.unreachable': '无法连接总部数据库；改动保留在本地，下次推送时一并发送。',
  'sync.error.auth': '总部拒绝了网点的用户名或密码。',
  'sync.error.noSchema': '总部数据库尚未初始化：请先在总部运行 dossier hq init。',
  'sync.error.forbidden': '总部拒绝以这些凭据写入网点 {branch} 的数据。',
  'sync.error.notBranch': '这些凭据不属于总部的任何网点；请使用 dossier hq add-branch 显示的凭据。',
  'sync.error.wrongBranch': '此数据库是网点 {local}，但这些凭据属于网点 {remote}。',
  'sync.error.tls': '与总部的加密连接失败：{message}',
  'sync.error.other': '推送到总部失败：{message}',
  'cli.branch.done': '此数据库现为网点 {code}（{name}）；{queued, number} 条记录等待首次推送。',
  'cli.sync.pushed':
    '已推送 {pushed, number} 条记录、{tombstones, number} 条删除、{erased, number} 位已清除客户，用时 {seconds} 秒；{left, plural, =0 {队列已清空} other {队列中还有 {left, number} 项改动}}。',
  'cli.sync.status':
    '网点：{branch}\n总部：{url}\n队列：{queue, number} 项改动\n上次推送：{lastPush}\n上次错误：{lastError}',
  'cli.sync.none': '无',
  // 设置页。
  'sync.settings.title': '总部',
  'sync.settings.intro':
    '本网点每隔几分钟把客户、分类、回访和投诉发送到总部数据库。备注、证件号码和完整电话号码留在本地。',
  'sync.settings.noBranch':
    '此数据库尚未属于任何网点。请用以下命令设置一次：dossier branch init --code 代码 --name 名称',
  'sync.settings.branch': '网点 {code} · {name}',
  'sync.settings.url': '总部数据库（postgresql://用户@主机/库）',
  'sync.settings.password': '密码',
  'sync.settings.passwordKept': '密码已保存（留空则保持不变）',
  'sync.settings.save': '保存',
  'sync.settings.saved': '总部连接已保存。',
  'sync.settings.pushNow': '立即推送',
  'sync.settings.queue': '{count, plural, =0 {没有待推送的改动} other {{count, number} 项改动待推送}}',
  'sync.settings.lastPush': '上次推送：{at}（{count, number} 条记录）',
  'sync.settings.never': '尚未推送',
  'sync.settings.lastError': '最近的问题（{at}）：',
  'sync.settings.pushed': '{count, plural, =0 {总部已是最新。} other {已推送 {count, number} 条记录。}}',
};
