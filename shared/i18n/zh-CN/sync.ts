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
};
