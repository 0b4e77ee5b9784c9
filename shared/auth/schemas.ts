/** Input schemas of the sign-in channels; their messages are i18n keys. */
import { z } from 'zod';
import { id } from '../fields';

/** A password or PIN: 6 to 128 characters (a six-digit PIN is the shortest). */
export const SECRET_MIN = 6;
const SECRET_MAX = 128;
const IDLE_MINUTES_MAX = 480;

const secret = z.string().min(SECRET_MIN, 'auth.secretTooShort').max(SECRET_MAX, 'auth.secretTooLong');

export const signInInput = z.object({ staffId: id, secret: z.string().max(SECRET_MAX, 'auth.secretTooLong') });

export const setSecretInput = z.object({ staffId: id, secret });

export const setRoleInput = z.object({ staffId: id, role: z.enum(['staff', 'manager']) });

export const setOsUserInput = z.object({
  staffId: id,
  osUser: z
    .string()
    .trim()
    .max(64, 'auth.osUserTooLong')
    .nullable()
    .transform((v) => v || null),
});

export const configureInput = z.object({
  enabled: z.boolean().optional(),
  idleMinutes: z
    .number()
    .int('auth.idleRange')
    .min(1, 'auth.idleRange')
    .max(IDLE_MINUTES_MAX, 'auth.idleRange')
    .optional(),
});
