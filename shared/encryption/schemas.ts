/** Inputs of the encryption channels: passphrases, checked the same way in the renderer and the core. */
import { z } from 'zod';

/** The shortest passphrase accepted for a new key: long enough that guessing it off a stolen disk is slow. */
const MIN_PASSPHRASE = 8;

const current = z.string().min(1, 'field.required').max(1024);
const next = z
  .string()
  .min(MIN_PASSPHRASE, 'encryption.tooShort')
  .max(1024, 'encryption.tooLong')
  .refine((v) => v.trim() === v, 'encryption.spaces');

export const unlockInput = z.object({ passphrase: current });
export const enableInput = z.object({ passphrase: next });
export const rekeyInput = z.object({ current, passphrase: next });
export const disableInput = z.object({ current });
