/** English messages: several branches and a head office — head-office setup, branch identity, push. */
export const syncMessages = {
  'hq.badCode': 'A branch code is 1–32 letters, digits, "-" or "_" (got "{code}").',
  'hq.noName': 'Give the branch a name.',
  'hq.branchExists': 'A branch with the code "{code}" already exists at head office.',
  'hq.noUrl': 'Give the head-office database as --url postgresql://user@host/db.',
  'hq.badUrl': 'This is not a PostgreSQL address: {url}',
  'hq.init.done':
    'Head-office schema ready ({applied, plural, =0 {already up to date} one {# migration applied} other {# migrations applied}}).',
  'hq.init.reader': 'Read-only head-office role {role}, password (shown only now): {password}',
  'hq.init.readerExists': 'The read-only head-office role {role} already exists; its password is unchanged.',
  'hq.addBranch.done':
    'Branch {code} ({name}) added. Its role {role}, password (shown only now): {password}\nThe branch pushes with: dossier sync push --url {url}',
} as const;
