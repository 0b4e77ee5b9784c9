import type { encryptionMessages as english } from '../en/encryption';
import type { CatalogOf } from '../catalog';

/** 中文消息：数据加密（设置中的加密部分、解锁界面、命令行）。 */
export const encryptionMessages: CatalogOf<typeof english> = {
  'error.db_key_needed': '此数据库已加密。请输入密码短语以打开。',
  'error.db_wrong_key': '密钥错误：此密码短语无法打开数据库。数据没有损坏。',
  'encryption.wrongKey': '密钥错误：这不是当前的密码短语。',
  'encryption.tooShort': '至少输入 8 个字符。',
  'encryption.tooLong': '最多 1024 个字符。',
  'encryption.spaces': '密码短语的开头和结尾不能是空格。',
  'encryption.mismatch': '两次输入的密码短语不一致。',
  'encryption.alreadyOn': '数据库已经加密。',
  'encryption.notOn': '数据库未加密。',
  'encryption.inMemory': '仅保存在内存中的数据库无法加密。',
  'encryption.title': '数据加密',
  'encryption.on': '数据库及其备份已加密。没有密码短语，任何人都无法读取，包括 Dossier 本身：请妥善保管。',
  'encryption.off': '数据库以未加密方式保存：任何复制了该文件的人都能读取。请设置密码短语进行加密。',
  'encryption.passphrase': '密码短语',
  'encryption.newPassphrase': '新密码短语',
  'encryption.repeat': '再次输入密码短语',
  'encryption.current': '当前密码短语',
  'encryption.enable': '加密',
  'encryption.rekey': '更改密码短语',
  'encryption.disable': '取消加密',
  'encryption.cancel': '取消',
  'encryption.working': '正在重写数据库…',
  'encryption.done':
    '{encrypted, select, true {已加密} other {已取消加密}}。已先备份到 {backup}；已重写 {count, number} 个备份。',
  'encryption.backupsLeft': '{count, number} 个备份无法重写，仍使用原密码短语。',
  'encryption.unlock.title': '数据库已加密',
  'encryption.unlock.button': '打开',
  'cli.encryption.usage':
    '用法：dossier encryption status|enable|rekey|disable（enable 和 rekey 从 --new-key-file F 读取新密码短语；rekey、disable 以及对加密数据库的所有命令从 --key-file F 或 DOSSIER_KEY_FILE 读取当前密码短语）',
  'cli.encryption.status': '{path}：{encrypted, select, true {已加密} other {未加密}}。',
  'cli.encryption.changed':
    '{path}：{encrypted, select, true {已加密} other {已取消加密}}。已先备份到 {backup}；已重写 {count, number} 个备份。',
  'cli.encryption.keyFile': '无法读取密钥文件 {path}。',
  'cli.encryption.keyFileNeeded': '此操作需要 {option} FILE，即保存密码短语的文件。',
  'cli.encryption.keyFileOpen': '密钥文件 {path} 可被其他用户读取。请将其设为仅所有者可读（chmod 600）。',
};
