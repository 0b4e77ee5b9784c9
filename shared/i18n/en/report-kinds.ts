/** English messages: report-kinds (the call-back report, segment table, complaint analysis and list printouts). */
export const reportKindsMessages = {
  'reportKinds.callbacks.title': 'Call-back report',
  'reportKinds.segments.title': 'Customer classes (ABC table)',
  'reportKinds.complaints.title': 'Complaint analysis and satisfaction',
  'reportKinds.list.title': 'Customer list',
  'reportKinds.total': 'Total',
  'reportKinds.yes': 'Yes',
  'reportKinds.no': 'No',
  'reportKinds.unknownStaff': '(former staff member)',
  'reportKinds.firstOf': 'The first {shown} of {count, plural, one {# row} other {# rows}} are printed.',
  'reportKinds.column.name': 'Name',
  'reportKinds.column.owner': 'Account manager',
  // Call-back report.
  'reportKinds.callbacks.summary': 'Summary',
  'reportKinds.callbacks.measures': 'Measures',
  'reportKinds.callbacks.noMeasures': 'No measures have been written for this report yet.',
  'reportKinds.callbacks.noScores': 'No satisfaction scores were given.',
  'reportKinds.callbacks.measuresLabel': 'Measures (printed with the report)',
  'reportKinds.callbacks.measuresHint': 'What the branch will do about what the calls found. Saved for this {scope}.',
  'reportKinds.callbacks.scopeCampaign': 'campaign',
  'reportKinds.callbacks.scopePeriod': 'period',
  'reportKinds.callbacks.measuresSave': 'Save measures',
  'reportKinds.callbacks.measuresSaved': 'Measures saved.',
  // Segment table.
  'reportKinds.segments.classCustomers': 'Customers of {label} ({count, plural, one {# customer} other {# customers}})',
  'reportKinds.segments.migrationOf': '{title}: {scheme}',
  'reportKinds.segments.amount': 'Amount',
  'reportKinds.segments.profit': 'Gross profit',
  'reportKinds.segments.purchases': 'Purchases',
  'reportKinds.segments.lastPurchase': 'Last purchase',
  'reportKinds.segments.classEmpty': 'No customer is in this class.',
  // Complaint analysis.
  'reportKinds.complaints.none': 'No complaints in this period.',
  'reportKinds.complaints.ownerLine': 'Owner: {name}',
  'reportKinds.complaints.countermeasures':
    'Countermeasures and owners ({count, plural, one {# resolved complaint} other {# resolved complaints}})',
  'reportKinds.complaints.noCountermeasures': 'No complaint of this period has been resolved yet.',
  'reportKinds.complaints.resolvedOn': 'Resolved on',
  'reportKinds.complaints.times': 'Time to respond and to resolve',
  'reportKinds.complaints.overTime': 'Complaints and satisfaction by month',
  'reportKinds.complaints.scores': 'Satisfaction scores',
  'reportKinds.complaints.satisfactionByCategory': 'Satisfaction after complaints, by category',
  'reportKinds.complaints.noComplaintScores': 'No customer scored the handling of a complaint in this period.',
  // Customer list printout.
  'reportKinds.list.segmentLine': 'Segment: {name}',
  'reportKinds.list.count': '{count, plural, one {# customer} other {# customers}}',
  'reportKinds.list.masked': 'Phone and ID numbers are masked.',
  'reportKinds.list.empty': 'No customer matches this list.',
  // Batches.
  'reportKinds.batch.title': 'Customer analysis reports ({count, plural, one {# customer} other {# customers}})',
  'reportKinds.batch.fileName': 'Customer analysis reports',
  'reportKinds.batch.empty': 'No customer matches this batch.',
  'reportKinds.batch.tooMany':
    '{count, plural, one {# customer} other {# customers}}: a batch prints {max} at most. Narrow the selection.',
  'reportKinds.batch.combinedTooMany':
    '{count, plural, one {# customer} other {# customers}}: one PDF holds {max} at most. Choose one file per customer.',
  'reportKinds.batch.gone': 'This batch is no longer known (the app was restarted). Start it again.',
  'reportKinds.batch.open': 'Print reports in batch',
  'reportKinds.batch.dialogTitle': 'Customer analysis reports in batch',
  'reportKinds.batch.intro':
    'The customer analysis report of each of the {count, plural, one {# customer} other {# customers}} of this list.',
  'reportKinds.batch.outputFiles': 'One PDF per customer (a .zip)',
  'reportKinds.batch.outputCombined': 'All in one PDF',
  'reportKinds.batch.unmask': 'Print phone and ID numbers in full (recorded in the audit log)',
  'reportKinds.batch.start': 'Print',
  'reportKinds.batch.cancel': 'Cancel',
  'reportKinds.batch.close': 'Close',
  'reportKinds.batch.progress': '{done} of {total} printed',
  'reportKinds.batch.done': 'Done: {total, plural, one {# report} other {# reports}} saved as {file}.',
  'reportKinds.batch.cancelled': 'Cancelled after {done} of {total}.',
  'reportKinds.batch.failed': 'The batch stopped: {message}',
  'reportKinds.print': 'Print',
  // CLI.
  'cli.reportKinds.callbacksMissing':
    'Which call-backs? Example: dossier report callbacks --from 2026-01-01 --to 2026-03-31 --out 回访报告.pdf',
  'cli.reportKinds.complaintsMissing':
    'Which period? Example: dossier report complaints --from 2026-01-01 --to 2026-03-31 --out 投诉分析.pdf',
  'cli.reportKinds.batchMissing':
    'Which customers? Give --segment NAME, --class KEY or --owner ID. Example: dossier report batch --class abc:A --out 报告',
  'cli.reportKinds.batchOutMissing': 'Where to? Example: dossier report batch --segment "A 类客户" --out 报告文件夹',
  'cli.reportKinds.batchDone': '{count, plural, one {# report} other {# reports}} saved to {path}',
} as const;
