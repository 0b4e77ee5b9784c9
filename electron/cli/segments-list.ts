/**
 * `dossier segments list NAME|--class KEY …`: the customers of a saved segment, of classes (`abc:A`, repeatable:
 * several of one scheme are any of them), or of both, one a line (id, name, mobile; tab-separated) or as JSON.
 */
import type { CustomerFilterValues } from '../../shared/customers/schemas';
import { iterateCustomers } from '../core/customers/list';
import { UsageError, type Invocation } from './args';
import { caller, validated, withCore } from './client';

interface ListedCustomer {
  readonly id: string;
  readonly name: string;
  readonly mobile: string | null;
}

/** The filter of a segment named on the command line (its id), with the classes of --class. */
export async function segmentFilter(
  { values, dbPath, t }: Pick<Invocation, 'values' | 'dbPath' | 't'>,
  name: string | undefined,
): Promise<Pick<CustomerFilterValues, 'segmentId' | 'classes'>> {
  const classes = values.class ?? [];
  // Unknown classes are a mistake on the command line, named by their option.
  const options = Object.fromEntries(classes.map((_, i) => [`classes.${i}`, 'class']));
  const parsed = validated('customers.list', { query: '', classes }, options, t);
  const segmentId = name
    ? (
        await withCore(dbPath, true, (core) =>
          caller(core.dispatch, t)('savedSegments.get', { name }, { name: 'segment' }),
        )
      ).id
    : null;
  return { segmentId, classes: parsed.classes };
}

export async function segmentsListCommand(inv: Invocation): Promise<number> {
  const name = inv.rest.slice(1).join(' ').trim() || undefined;
  if (!name && (inv.values.class ?? []).length === 0) throw new UsageError(inv.t('cli.segments.missing'));
  const filter = await segmentFilter(inv, name);
  // As customers.list answers: staff (sign-in on, --as) get their own and unassigned customers, mobiles masked.
  const found = await withCore(inv.dbPath, true, (core) =>
    core.runAs('customers.list', () => {
      const out: ListedCustomer[] = [];
      for (const c of iterateCustomers(core.db, { query: '', ...filter }))
        out.push({ id: c.id, name: c.name, mobile: c.mobile });
      return out;
    }),
  );
  inv.print(found, () =>
    found.length === 0
      ? inv.t('cli.segments.listEmpty', { what: name ?? (inv.values.class ?? []).join(', ') })
      : found.map((c) => [c.id, c.name, c.mobile ?? ''].join('\t')).join('\n'),
  );
  return 0;
}
