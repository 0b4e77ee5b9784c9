/** Channel names only: the sandboxed preload imports this without pulling in zod. */
export const CHANNELS = [
  'app.info',
  'settings.get',
  'settings.update',
  'staff.list',
  'customers.search',
  'customers.list',
  'customers.facets',
  'customers.get',
  'customers.create',
  'customers.update',
  'customers.duplicates',
  'customers.delete',
  'customers.restore',
  'customers.trash',
  'contacts.save',
  'contacts.delete',
  'interactions.create',
  'interactions.list',
  'interactions.delete',
  'transactions.list',
  'transactions.save',
  'transactions.delete',
  'files.upload',
  'import.inspect',
  'import.start',
  'import.batches',
  'import.undo',
  'import.rejectedFile',
  'jobs.get',
  'jobs.cancel',
  'export.create',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
