/** A core over the complaint and call-back channels, validated as the dispatcher validates them. */
// Branch dates are local dates; the tests pin the branch's time zone so instants map to the same days everywhere.
process.env.TZ = 'Asia/Shanghai';

import type { z } from 'zod';
import { callbackHandlers } from '../../../electron/core/callbacks/handlers';
import { complaintHandlers } from '../../../electron/core/complaints/handlers';
import { createCustomer } from '../../../electron/core/customers/records';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { createStaff, ensureDefaultStaff } from '../../../electron/core/staff/staff';
import { callbackContract } from '../../../shared/callbacks/contract';
import { complaintContract } from '../../../shared/complaints/contract';
import { customer } from '../helpers';

const contract = { ...callbackContract, ...complaintContract };
type Channel = keyof typeof contract;
type In<K extends Channel> = z.input<(typeof contract)[K]['input']>;
type Out<K extends Channel> = Awaited<(typeof contract)[K]['output']>;

export interface ComplaintsCore {
  readonly db: Db;
  /** The current staff member (王丽). */
  readonly actorId: string;
  /** A second staff member (Li Lei). */
  readonly otherId: string;
  readonly call: <K extends Channel>(channel: K, input: In<K>) => Out<K>;
  /** Acts as another staff member from now on. */
  readonly actAs: (staffId: string) => void;
  readonly addCustomer: (name: string, mobile: string, extra?: Record<string, unknown>) => string;
}

export function complaintsCore(path = ':memory:'): ComplaintsCore {
  const db = openDatabase(path);
  let actorId = ensureDefaultStaff(db).id;
  db.prepare("UPDATE staff SET name = '王丽' WHERE id = ?").run(actorId);
  const me = actorId;
  const otherId = createStaff(db, 'Li Lei').id;
  const area = { db, actor: () => actorId };
  const handlers = { ...callbackHandlers(area), ...complaintHandlers(area) };
  const call = <K extends Channel>(channel: K, input: In<K>): Out<K> => {
    const parsed: unknown = contract[channel].input.parse(input);
    return (handlers[channel] as (i: unknown) => Out<K>)(parsed);
  };
  return {
    db,
    actorId: me,
    otherId,
    call,
    actAs: (id) => {
      actorId = id;
    },
    addCustomer: (name, mobile, extra = {}) => createCustomer(db, customer({ name, mobile, ...extra }), null).id,
  };
}

/** An instant at a Beijing time of day. */
export const at = (date: string, time = '10:00'): string => `${date}T${time}:00+08:00`;
