/** English messages. zh-CN must have exactly the same keys (checked by the type system). */
export const en = {
  'app.name': 'Dossier',
  'staff.default': 'Me (default staff)',

  // Validation messages, keyed as the schemas report them.
  'field.invalid': 'This value is not valid.',
  'id.invalid': 'Invalid record id.',
  'text.tooLong': 'Too long.',
  'name.required': 'Name is required.',
  'summary.required': 'Please write what happened.',
  'date.invalid': 'Not a real date.',
  'date.future': 'This date is in the future.',
  'number.invalid': 'Not a valid number.',
  'tag.empty': 'A tag cannot be empty.',
  'tag.tooMany': 'Too many tags.',
  'phone.empty': 'Phone number is empty.',
  'phone.tooShort': 'Too few digits for a phone number.',
  'phone.tooLong': 'Too many digits for a phone number.',
  'phone.invalid': 'Not a valid phone number (mobile: 11 digits starting 13–19; landline: area code + number).',
  'phone.notMobile': 'This is a landline; put it in “Other phone”.',
  'email.invalid': 'Not a valid email address.',
  'residentId.length': 'A resident ID has 18 characters.',
  'residentId.format': 'A resident ID is 17 digits followed by a digit or X.',
  'residentId.checkDigit': 'The check digit does not match: the ID number has a typo.',
  'residentId.birthDate': 'The birth date inside this ID number is not a real date.',
  'creditCode.length': 'A unified social credit code has 18 characters.',
  'creditCode.format': 'A unified social credit code uses digits and capital letters except I, O, Z, S, V.',
  'creditCode.checkChar': 'The check character does not match: the code has a typo.',

  // Errors by code.
  'error.validation': 'Some fields need attention.',
  'error.not_found': 'This record no longer exists.',
  'error.conflict': 'This conflicts with an existing record.',
  'error.db_too_new': 'This database was written by a newer version of Dossier. Please update Dossier.',
  'error.db_corrupt': 'The database file cannot be opened.',
  'error.unauthorized': 'This page is not authorised. Open the address printed by “npm run web”.',
  'error.unknown_channel': 'Internal error: unknown request.',
  'error.internal': 'Something went wrong: {message}',
  'cli.usage': `Usage: dossier <command> [options]

Commands:
  check                         check the database's integrity and schema version
  seed-demo --customers N       add N realistic demo customers (--seed S for another set)
  search QUERY                  find customers by name, pinyin, phone, ID number, company or email

Options:
  --db PATH      the database file (default: the desktop app's data file)
  --json         machine-readable output
  --lang zh-CN|en
  -h, --help     this help`,
  'cli.check.ok': 'OK: {path} — schema version {version}, {customers} customers, integrity ok.',
  'cli.check.bad': 'PROBLEM: {path} — integrity: {integrity}; foreign-key problems: {fk}.',
  'cli.seed.progress': 'Seeding… {done}/{total}',
  'cli.seed.done': 'Added {customers} customers and {interactions} interactions to {path} in {seconds} s.',
  'cli.search.missing': 'What should I search for? Example: dossier search zs',
  'cli.search.none': 'No customer matches “{query}”.',
  'cli.unknownCommand': 'Unknown command “{command}”. Run dossier --help for the list.',
  'error.network': 'Cannot reach Dossier. Is it still running?',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
