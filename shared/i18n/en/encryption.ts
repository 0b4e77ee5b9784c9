/** English messages: encryption at rest (the Settings section, the unlock screen, the CLI). */
export const encryptionMessages = {
  'error.db_key_needed': 'This database is encrypted. Enter its passphrase to open it.',
  'error.db_wrong_key': 'Wrong key: this passphrase does not open the database. Your data is not damaged.',
  'encryption.wrongKey': 'Wrong key: this is not the current passphrase.',
  'encryption.tooShort': 'Use at least 8 characters.',
  'encryption.tooLong': 'Use at most 1024 characters.',
  'encryption.spaces': 'The passphrase cannot begin or end with a space.',
  'encryption.mismatch': 'The two passphrases differ.',
  'encryption.alreadyOn': 'The database is already encrypted.',
  'encryption.notOn': 'The database is not encrypted.',
  'encryption.inMemory': 'A database held only in memory cannot be encrypted.',
  'encryption.title': 'Encryption',
  'encryption.on':
    'The database and its backups are encrypted. Without the passphrase nobody can read them — not even Dossier: keep it somewhere safe.',
  'encryption.off':
    'The database is stored unencrypted: anyone who copies the file can read it. Encrypt it with a passphrase.',
  'encryption.passphrase': 'Passphrase',
  'encryption.newPassphrase': 'New passphrase',
  'encryption.repeat': 'Repeat the passphrase',
  'encryption.current': 'Current passphrase',
  'encryption.enable': 'Encrypt',
  'encryption.rekey': 'Change passphrase',
  'encryption.disable': 'Remove encryption',
  'encryption.cancel': 'Cancel',
  'encryption.working': 'Re-writing the database…',
  'encryption.done':
    '{encrypted, select, true {Encrypted} other {Encryption removed}}. Backed up first to {backup}; {count, plural, one {# backup} other {# backups}} re-written.',
  'encryption.backupsLeft':
    '{count, plural, one {# backup} other {# backups}} could not be re-written and keep the previous passphrase.',
  'encryption.unlock.title': 'The database is encrypted',
  'encryption.unlock.button': 'Open',
  'cli.encryption.usage':
    'Usage: dossier encryption status|enable|rekey|disable  (enable and rekey read the new passphrase from --new-key-file F; rekey, disable and every command on an encrypted database read the current one from --key-file F or DOSSIER_KEY_FILE)',
  'cli.encryption.status': '{path}: {encrypted, select, true {encrypted} other {not encrypted}}.',
  'cli.encryption.changed':
    '{path}: {encrypted, select, true {encrypted} other {encryption removed}}. Backed up first to {backup}; {count, plural, one {# backup} other {# backups}} re-written.',
  'cli.encryption.keyFile': 'Cannot read the key file {path}.',
  'cli.encryption.keyFileNeeded': 'This needs {option} FILE, a file holding the passphrase.',
  'cli.encryption.keyFileOpen':
    'The key file {path} can be read by other users. Make it readable by its owner only (chmod 600).',
} as const;
