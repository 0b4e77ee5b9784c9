/** Input schemas of the staff channels; their messages are i18n keys. */
import { z } from 'zod';
import { id } from '../fields';

const STAFF_NAME_MAX = 50;

/** A staff member's name: trimmed, 1–50 characters (uniqueness among active staff is the core's check). */
const staffName = z.string().trim().min(1, 'staff.nameRequired').max(STAFF_NAME_MAX, 'staff.nameTooLong');

/** The key two names are compared by: active staff may not share one. */
export const staffNameKey = (name: string): string => name.trim().normalize('NFKC').toLocaleLowerCase();

export const staffCreateInput = z.object({ name: staffName });

export const staffRenameInput = z.object({ id, name: staffName });

/** Deactivating someone who still owns customers or open call-backs hands them to `reassignTo` first. */
export const staffDeactivateInput = z.object({ id, reassignTo: id.nullish().transform((v) => v ?? null) });

export const staffReassignInput = z
  .object({ fromId: id, toId: id })
  .refine((v) => v.fromId !== v.toId, { message: 'staff.reassignSame', path: ['toId'] });
