/** English messages: cli. */
export const cliMessages = {
  'cli.usage': `Usage: dossier <command> [options]

Commands:
  check                         check the database's integrity and schema version
  seed-demo --customers N       add N realistic demo customers (--seed S for another set;
                                --callbacks N also plans N open call-backs and a year of N finished ones;
                                --complaints N a year of N complaints, default 2 % of the customers);
                                written as one batch that --remove takes out again
  search QUERY                  find customers by name, pinyin, phone, ID number, company or email
  import FILE                   import customers (or --target transactions) from .xlsx/.csv/.txt
      [--sheet NAME] [--encoding utf-8|gb18030|big5|utf-16le|utf-16be] [--mapping FILE]
      [--on-duplicate skip|fill|overwrite|create] [--header-row N] [--date-order mdy|dmy]
  import undo BATCH             undo a whole import; what was worked on since is kept
      [--include-changed]       undo that too (deleting what was recorded on those customers)
  import history                list past imports
  import rejected BATCH --out FILE
                                save an import's rejected rows, with the reason for each, to FILE
  export --out FILE             export customers (or --what transactions) to .xlsx or .csv
      [--encoding utf8|gbk] [--query Q] [--tag T] [--segment NAME] [--class K]
  segments list NAME|--class K a saved segment's or a class's customers (id, name, mobile);
                                --class repeats (abc:A, rfm:none, lifecycle:decline, risk:C3 …)
  callbacks due [--date D]      call-backs due that day (default today), overdue first [--staff ID]
  callbacks report --from D --to D
                                the call-back report for a period [--campaign ID] [--staff ID]
  segments compute              classify every customer now [--period 12m | --from D --to D]
  segments show                 the classes per scheme [--scheme abc|rfm|frequency|value|lifecycle]
  segments migration --from YYYY-MM --to YYYY-MM
                                how customers moved between classes from one month end to another [--scheme S]
  complaints list [--overdue]    open complaints by due date [--status S] [--mine] [--category C] [--owner ID]
  complaints report --from D --to D
                                the complaint analysis and satisfaction for a period [--owner ID]
  backup create                 back up the database now and check the copy
  backup list                   the backups, newest first, with reason, size and check
  backup verify [FILE]          check a backup again (default: every backup)
  backup restore FILE           restore a backup; the current state is backed up first
  report customer ID --out F.pdf
                                the customer analysis report as a PDF [--paper A4|Letter]
                                [--unmask: full phone and ID numbers, recorded in the audit log]
  report callbacks --from D --to D --out F.pdf
                                the call-back report with the branch's measures [--campaign ID] [--staff ID]
  report segments --out F.pdf   the class table for the branch meeting [--scheme abc] [--class abc:A]
                                [--from YYYY-MM --to YYYY-MM: the months of the migration matrix]
  report complaints --from D --to D --out F.pdf
                                the complaint analysis and satisfaction summary [--owner ID]
  report list --out F.pdf       a customer list printout [--segment NAME] [--class KEY] [--query Q] [--tag T]
                                [--columns name,mobile,employer,region,owner,tags,…]
  report batch --segment NAME --out DIR
                                every customer's analysis report, one PDF each [--class KEY] [--owner ID]
                                [--combined --out F.pdf: all in one PDF]
                                (every report: --lang, --paper A4|Letter, --unmask)
  encryption status|enable|rekey|disable
                                encrypt the database and its backups, change or remove the passphrase
                                (--new-key-file F holds the new passphrase)
  hq init --url postgresql://…  create or update the head-office schema and roles (prints the reader's password once)
  hq add-branch --code C --name N --url postgresql://…
                                add a branch at head office with its own login role (password printed once)
  branch init --code C --name N set the branch this database belongs to (once)
  sync push [--url postgresql://…]
                                push the changes to head office (a given URL is kept for the app's own pushes)
  sync status                   the branch, head office, the changes waiting, the last push and error

Options:
  --db PATH      the database file (default: the desktop app's data file)
  --key-file F   the file holding an encrypted database's passphrase (or DOSSIER_KEY_FILE=F)
  customer export ID --out FILE one customer's whole file (profile, contacts, calls, call-backs, purchases,
                                complaints, classes, history) as .xlsx or .json
  customer erase ID             erase one customer for good, with their values in the history and import copies

Options:
  --db PATH      the database file (default: the desktop app's data file)
  --as STAFF     act as this staff member (name, id or mapped computer account; default: the one mapped to
                 the computer account running the command); with sign-in on, their role decides what is allowed
  --json         machine-readable output
  --lang zh-CN|en
  -h, --help     this help

Exit codes: 0 done, 1 failed, 2 a mistake on the command line. An import that was saved exits 0 even when
its rejected rows could not be written beside the file: a warning (in --json: rejectedFileError) says why and
how to get them; do not run the import again.`,
  'cli.badNumber': '--{option} must be a whole number; got “{value}”.',
  'cli.badChoice': '--{option} must be one of {allowed}; got “{value}”.',
  'cli.unknownOption': 'Unknown option {option}. Run dossier --help for the list.',
  'cli.optionValue': 'Option {option} needs a value.',
  'cli.badArguments': 'These arguments are not understood. Run dossier --help.',
  'cli.noDatabase': 'There is no database at {path}. Check --db, or create one with dossier seed-demo.',
  'cli.noFile': 'There is no file at {path}.',
  'cli.writeFailed': 'Could not write {path}: {reason}.',
  'cli.write.readOnly': 'the folder is read-only',
  'cli.write.diskFull': 'the disk is full',
  'cli.write.denied': 'permission denied',
  'cli.write.isFolder': 'a folder of that name is in the way',
  'cli.write.noFolder': 'the folder does not exist',
  'cli.write.busy': 'the file is open in another program',
  'cli.write.other': 'the system said “{message}”',
  'cli.check.ok':
    'OK: {path} — schema version {version}, {customers, plural, one {# customer} other {# customers}}, integrity ok.',
  'cli.check.bad': 'PROBLEM: {path} — integrity: {integrity}; foreign-key problems: {fk}.',
  'cli.seed.removed':
    'Removed the demo data: {customers, plural, one {# customer} other {# customers}} with everything on them, {campaigns, plural, one {# campaign} other {# campaigns}}, {products, plural, one {# product} other {# products}}.',
  'cli.seed.progress': 'Seeding… {done}/{total}',
  'cli.seed.callbacks':
    'Planned {open, plural, one {# open call-back} other {# open call-backs}} and {finished, plural, one {# finished one} other {# finished ones}} ({calls, plural, one {# call} other {# calls}} logged).',
  'cli.seed.done':
    'Added {customers, plural, one {# customer} other {# customers}} and {interactions, plural, one {# interaction} other {# interactions}} to {path} in {seconds} s.',
  'cli.search.missing': 'What should I search for? Example: dossier search zs',
  'cli.search.none': 'No customer matches “{query}”.',
  'cli.unknownCommand': 'Unknown command “{command}”. Run dossier --help for the list.',
  'cli.import.badMapping': '--mapping must be a JSON array with one of these per column: {fields}',
  'cli.import.undoMissing': 'Which import? Example: dossier import undo <batch id> (see dossier import history)',
  'cli.import.undone':
    'Import undone: {removed, plural, one {# record} other {# records}} removed, {restored, number} restored.',
  'cli.import.undoneKept':
    '{kept, plural, one {# record worked on since the import was kept as it is.} other {# records worked on since the import were kept as they are.}}',
  'cli.import.undoneMark': '(undone)',
  'cli.import.fileMissing': 'Which file? Example: dossier import 客户名单.xlsx',
  'cli.import.dateOrder': 'Day and month order is unclear in: {columns}. Add --date-order mdy or --date-order dmy.',
  'cli.busy': 'Busy: another import is running, retrying…',
  'cli.import.progress': 'Importing… {done}/{total}',
  'cli.import.done': 'Created {created}, updated {updated}, skipped {skipped}, rejected {rejected} ({seconds} s).',
  'cli.import.merged': '{count, plural, one {# row} other {# rows}} merged into existing rows of this file.',
  'cli.import.batch': 'Batch: {batch} (undo with: dossier import undo {batch})',
  'cli.import.rejectedFile': 'Rejected rows, with the reason for each, were written to {path}',
  'cli.import.rejectedNotWritten':
    'Warning: the import was saved, but its rejected rows could not be written to {path}: {reason}. Get them with: dossier import rejected {batch} --out FILE (or from Import history in the app).',
  'cli.import.rejectedMissing': 'Where to? Example: dossier import rejected <batch id> --out 未导入.xlsx',
  'cli.export.outMissing': 'Where to? Example: dossier export --out 客户.xlsx',
  'cli.export.done': 'Exported {rows, plural, one {# row} other {# rows}} to {path}.',
  // Call-backs: command line.
  'cli.callbacks.usage': `Usage:
  dossier callbacks due [--date YYYY-MM-DD] [--staff ID] [--limit N]
      open call-backs due on that day (default today), overdue ones first
  dossier callbacks report --from YYYY-MM-DD --to YYYY-MM-DD [--campaign ID] [--staff ID]
      the call-back report for call-backs planned in that period`,
  'cli.callbacks.unknown': 'Unknown callbacks command “{command}”.',
  'cli.callbacks.badDate': '--{option} must be a date like 2026-05-01; got “{value}”.',
  'cli.callbacks.rangeMissing': 'Which period? Example: dossier callbacks report --from 2026-01-01 --to 2026-03-31',
  'cli.callbacks.due.header': '{date}: {today} due, {overdue} overdue.',
  'cli.callbacks.due.none': 'Nothing is due on {date}.',
  'cli.callbacks.due.more': '… and {count} more (use --limit).',
  'cli.callbacks.col.due': 'Due',
  'cli.callbacks.col.customer': 'Customer',
  'cli.callbacks.col.phone': 'Phone',
  'cli.callbacks.col.staff': 'Staff',
  'cli.callbacks.col.purpose': 'Purpose',
  'cli.callbacks.col.priority': 'Priority',
  'cli.callbacks.col.attempts': 'Attempts',
  'cli.callbacks.col.window': 'Time',
  'cli.callbacks.col.notes': 'Notes',
  'cli.callbacks.col.count': 'Count',
  'cli.callbacks.col.share': 'Share',
  'cli.callbacks.col.planned': 'Planned',
  'cli.callbacks.col.reached': 'Reached',
  'cli.callbacks.col.notReached': 'Not reached',
  'cli.callbacks.col.pending': 'Open',
  'cli.callbacks.col.rate': 'Reach rate',
  'cli.callbacks.col.satisfaction': 'Satisfaction',
  'cli.callbacks.report.title': 'Call-back report, {from} – {to}',
  'cli.callbacks.report.open': 'any date',
  'cli.callbacks.report.campaign': 'Campaign: {name}',
  'cli.callbacks.report.summary':
    'Planned {planned}: reached {reached}, not reached {notReached}, still open {pending}. Reach rate {rate}.',
  'cli.callbacks.report.cancelled': 'Cancelled (not counted): {count}.',
  'cli.callbacks.report.notReachedTitle': 'Not reached, by reason',
  'cli.callbacks.report.answersTitle': 'Reached customers, by answer',
  'cli.callbacks.report.noCategory': '(not recorded)',
  'cli.callbacks.report.satisfaction':
    'Satisfaction: average {average} of 5 over {count, plural, one {# answer} other {# answers}}.',
  'cli.callbacks.report.noSatisfaction': 'Satisfaction: not recorded.',
  'cli.callbacks.report.attempts': 'Calls made: {total}, of which not answered {notReached}.',
  'cli.callbacks.report.perStaffTitle': 'By staff',
} as const;
