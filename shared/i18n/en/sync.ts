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
  'hq.badUrlShort': 'The head-office address starts with postgresql://',
  'sync.branchSet': 'This database already belongs to branch {code} ({name}); a branch is set only once.',
  'sync.noBranch': 'This database belongs to no branch yet: run dossier branch init --code C --name N first.',
  'sync.noUrl': 'No head-office database is set: give --url postgresql://… or set it in Settings.',
  'sync.error.unreachable':
    'The head-office database cannot be reached; the changes wait here and go with the next push.',
  'sync.error.auth': 'Head office refused the branch user name or password.',
  'sync.error.noSchema': 'The head-office database is not set up: run dossier hq init there first.',
  'sync.error.forbidden': 'Head office refused to take rows for branch {branch} with these credentials.',
  'sync.error.notBranch':
    'These credentials belong to no branch at head office; use the ones dossier hq add-branch printed.',
  'sync.error.wrongBranch': 'This database is branch {local}, but these credentials belong to branch {remote}.',
  'sync.error.tls': 'The encrypted connection to head office failed: {message}',
  'sync.error.other': 'The push to head office failed: {message}',
  'cli.branch.done':
    'This database is now branch {code} ({name}); {queued, plural, one {# record waits} other {# records wait}} for the first push.',
  'cli.sync.pushed':
    '{pushed, plural, one {# record pushed} other {# records pushed}}, {tombstones, plural, one {# deletion} other {# deletions}}, {erased, plural, one {# erased customer} other {# erased customers}} in {seconds} s; {left, plural, =0 {nothing left in the queue} one {# change left in the queue} other {# changes left in the queue}}.',
  'cli.sync.status':
    'Branch: {branch}\nHead office: {url}\nQueue: {queue, plural, one {# change} other {# changes}}\nLast push: {lastPush}\nLast error: {lastError}',
  'cli.sync.none': 'none',
  // Settings page.
  'sync.settings.title': 'Head office',
  'sync.settings.intro':
    'This branch sends its customers, classes, call-backs and complaints to the head-office database every few minutes. Notes, ID numbers and full phone numbers stay here.',
  'sync.settings.noBranch':
    'This database belongs to no branch yet. Set its branch once with: dossier branch init --code C --name N',
  'sync.settings.branch': 'Branch {code} · {name}',
  'sync.settings.url': 'Head-office database (postgresql://user@host/db)',
  'sync.settings.password': 'Password',
  'sync.settings.passwordKept': 'Password stored (leave empty to keep it)',
  'sync.settings.save': 'Save',
  'sync.settings.saved': 'Head-office connection saved.',
  'sync.settings.pushNow': 'Push now',
  'sync.settings.queue': '{count, plural, =0 {Nothing waiting} one {# change waiting} other {# changes waiting}}',
  'sync.settings.lastPush': 'Last push: {at} ({count, plural, one {# record} other {# records}})',
  'sync.settings.never': 'Not pushed yet',
  'sync.settings.lastError': 'Last problem ({at}):',
  'sync.settings.pushed':
    '{count, plural, =0 {Head office was up to date.} one {# record pushed.} other {# records pushed.}}',
} as const;
