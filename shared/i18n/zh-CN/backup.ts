import type { backupMessages as english } from '../en/backup';
import type { CatalogOf } from '../catalog';

/** 中文消息：备份、恢复，以及数据库为何无法打开或写入。 */
export const backupMessages: CatalogOf<typeof english> = {
  'error.db_disk_full': '磁盘已满，无法写入数据库。请释放空间（清空回收站、移走旧备份）后重试。数据没有损坏。',
  'error.db_read_only':
    '数据库文件或其所在文件夹为只读。请将文件夹设为可写（或把文件复制到可写的文件夹）后重新启动。数据没有损坏。',
  'error.db_permission': '没有打开数据库文件的权限。请让电脑管理员为您的账户开通该文件的读写权限。数据没有损坏。',
  'error.db_locked': '另一个程序（另一个客户档案或导入）正在写入数据库。请等待其完成或将其关闭后重试。',
  'error.db_busy': '忙：另一个导入正在进行，正在重试…… 如持续出现，请等待导入完成。',
  'backup.fileMissing': '该路径下没有文件。',
  'backup.damaged': '该文件已损坏，无法恢复。',
  'backup.notDossier': '该文件不是客户档案数据库。',
  'backup.inMemory': '仅在内存中的数据库没有备份。',
  'backup.notDamaged': '数据库已打开，请从列表中恢复备份。',
  'backup.retentionRange': '请输入允许范围内的整数。',
  'backup.hoursRange': '请输入 0 到 168 之间的整数小时数。',
  'cli.backup.usage': '用法：dossier backup create|list|verify [文件]|restore 文件',
  'cli.backup.created': '已备份到 {path}（{size}，检查：{verdict}）。',
  'cli.backup.none': '还没有备份。',
  'cli.backup.verified': '{path}：{verdict}',
  'cli.backup.restored': '已恢复 {path}。恢复前的状态已备份到 {undo}。',
  'cli.backup.damagedOpen':
    '数据库 {path} 已损坏。最新的完好备份是 {backup}。恢复命令：dossier backup restore "{backup}" --db "{path}"',
  'cli.backup.damagedNoBackup': '数据库 {path} 已损坏，且在 {dir} 中没有找到完好的备份。',
  'backup.verdict.ok': '完好',
  'backup.verdict.damaged': '已损坏',
  'backup.verdict.unchecked': '未检查',
} as const;
