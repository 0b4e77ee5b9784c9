// Branch dates are local dates; the tests pin the branch's time zone so instants map to the same days everywhere.
process.env.TZ = 'Asia/Shanghai';

import { beforeEach, describe, expect, it } from 'vitest';
import { logCall } from '../../../electron/core/callbacks/log';
import { createCallback } from '../../../electron/core/callbacks/queue';
import { createCustomer } from '../../../electron/core/customers/records';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import {
  createInteraction,
  deleteInteraction,
  listInteractions,
  restoreInteraction,
  updateInteraction,
} from '../../../electron/core/interactions/timeline';
import { ensureDefaultStaff } from '../../../electron/core/staff/staff';
import { callbackCreateInput, callbackLogInput } from '../../../shared/callbacks/schemas';
import { interactionInput, interactionUpdateInput } from '../../../shared/interactions/schemas';
import { DossierError } from '../../../shared/result';
import { customer } from '../helpers';

interface AuditRow {
  readonly action: string;
  readonly changes: string | null;
}

describe('correcting the timeline', () => {
  let db: Db;
  let actor: string;
  let customerId: string;
  beforeEach(() => {
    db = openDatabase(':memory:');
    actor = ensureDefaultStaff(db).id;
    customerId = createCustomer(db, customer({ name: '李秀英', mobile: '13912345678' }), null).id;
  });
  const entries = () => listInteractions(db, customerId, 0, 50);
  const update = (input: Parameters<typeof interactionUpdateInput.parse>[0]) =>
    updateInteraction(db, interactionUpdateInput.parse(input), actor);
  const auditOf = (id: string) =>
    db
      .prepare("SELECT action, changes FROM audit_log WHERE entity = 'interaction' AND entity_id = ? ORDER BY rowid")
      .all(id) as AuditRow[];
  const visit = () =>
    createInteraction(
      db,
      interactionInput.parse({
        customerId,
        kind: 'visit',
        occurredAt: '2025-06-03T10:00:00+08:00',
        summary: '到网点咨询大额存单',
      }),
      actor,
    );

  it("changes an entry's type, time and text, and the audit log says what it was", () => {
    const entry = visit();
    expect(entry.fromCall).toBe(false);
    const fixed = update({
      id: entry.id,
      kind: 'meeting',
      occurredAt: '2025-06-04T15:30:00+08:00',
      summary: '约见客户，介绍三年期大额存单',
      outcome: '下周带身份证来办理',
    });
    expect(fixed).toMatchObject({
      kind: 'meeting',
      occurredAt: '2025-06-04T07:30:00.000Z',
      summary: '约见客户，介绍三年期大额存单',
      outcome: '下周带身份证来办理',
    });
    expect(entries().rows).toEqual([fixed]);
    const log = auditOf(entry.id);
    expect(log.map((r) => r.action)).toEqual(['create', 'update']);
    expect(JSON.parse(log[1]?.changes ?? '{}')).toEqual({
      kind: ['visit', 'meeting'],
      occurredAt: ['2025-06-03T02:00:00.000Z', '2025-06-04T07:30:00.000Z'],
      summary: ['到网点咨询大额存单', '约见客户，介绍三年期大额存单'],
      outcome: [null, '下周带身份证来办理'],
    });
  });

  it('refuses a bare complaint entry: complaints are records with an owner and a due date', () => {
    const code = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        return e instanceof DossierError ? e.issues?.[0]?.code : e;
      }
      return 'accepted';
    };
    const complaint = interactionInput.parse({
      customerId,
      kind: 'complaint',
      occurredAt: '2025-06-03T10:00:00+08:00',
      summary: '客户投诉排队时间过长',
    });
    expect(code(() => createInteraction(db, complaint, actor))).toBe('interaction.complaintIsRecord');
    const entry = visit();
    expect(
      code(() =>
        update({
          id: entry.id,
          kind: 'complaint',
          occurredAt: entry.occurredAt,
          summary: entry.summary,
          outcome: null,
        }),
      ),
    ).toBe('interaction.complaintIsRecord');
    // Nothing was written: the timeline holds the visit alone, unchanged.
    expect(entries().rows.map((e) => e.kind)).toEqual(['visit']);
  });

  it('removes an entry from the timeline and puts it back on undo, both audited with the text', () => {
    const entry = visit();
    deleteInteraction(db, entry.id, actor);
    expect(entries()).toEqual({ rows: [], total: 0 });
    const removed = auditOf(entry.id)[1];
    expect(removed?.action).toBe('delete');
    expect(JSON.parse(removed?.changes ?? '{}')).toMatchObject({ kind: 'visit', summary: '到网点咨询大额存单' });
    // Removed twice: it is not on the timeline any more.
    expect(() => deleteInteraction(db, entry.id, actor)).toThrow(DossierError);
    expect(restoreInteraction(db, entry.id, actor)).toEqual(entry);
    expect(entries().total).toBe(1);
    expect(auditOf(entry.id).map((r) => r.action)).toEqual(['create', 'delete', 'restore']);
    // Only a removed entry can be restored.
    expect(() => restoreInteraction(db, entry.id, actor)).toThrow(/No interaction/);
  });

  describe('an entry written by a logged call', () => {
    const loggedCallEntry = () => {
      const cb = createCallback(
        db,
        callbackCreateInput.parse({ customerId, dueOn: '2025-06-03', purpose: 'after_sale' }),
        actor,
      );
      logCall(
        db,
        callbackLogInput.parse({
          id: cb.id,
          at: '2025-06-03T10:00:00+08:00',
          outcome: 'reached',
          satisfaction: 4,
          notes: '客户说理财到期款已到账',
        }),
        actor,
      );
      const entry = entries().rows[0];
      if (!entry) throw new Error('the logged call wrote no timeline entry');
      return entry;
    };

    it('keeps its type and time, and cannot be removed; its text can be corrected', () => {
      const entry = loggedCallEntry();
      expect(entry).toMatchObject({ kind: 'call', fromCall: true });
      const conflict = (change: () => unknown, path: string) => {
        try {
          change();
          expect.unreachable('the change went through');
        } catch (error) {
          expect(error).toBeInstanceOf(DossierError);
          expect((error as DossierError).code).toBe('conflict');
          expect((error as DossierError).issues).toEqual([{ path, code: 'interaction.fromCallLocked' }]);
        }
      };
      const base = { id: entry.id, kind: entry.kind, occurredAt: entry.occurredAt, summary: entry.summary };
      conflict(() => update({ ...base, kind: 'visit', outcome: null }), 'kind');
      conflict(() => update({ ...base, occurredAt: '2025-06-02T10:00:00+08:00', outcome: null }), 'occurredAt');
      conflict(() => deleteInteraction(db, entry.id, actor), 'id');
      expect(entries().rows).toEqual([entry]);

      // The same instant written another way is no change of time.
      const fixed = update({
        ...base,
        occurredAt: '2025-06-03T02:00:00Z',
        summary: `${entry.summary}（已核实）`,
        outcome: entry.outcome,
      });
      expect(fixed.summary).toBe(`${entry.summary}（已核实）`);
      expect(fixed.occurredAt).toBe(entry.occurredAt);
    });
  });
});
