/** Pragmatic e-mail check: catches typos, not every RFC 5322 corner. */
import { toHalfWidth } from './phone';

export type EmailResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: 'email.invalid' };

const LOCAL_MAX = 64;
const ADDRESS_MAX = 254;
const LABEL_MAX = 63;
/** Letters (IDN included), digits and inner hyphens, e.g. `mail`, `例子`, `xn--fiqs8s`. */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
/** A top-level domain is letters, or a punycode `xn--` label. */
const TLD = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/u;

const invalid: EmailResult = { ok: false, code: 'email.invalid' };

export function normaliseEmail(raw: string): EmailResult {
  const s = toHalfWidth(raw).trim();
  const parts = s.split('@');
  if (parts.length !== 2) return invalid;
  const local = parts[0] ?? '';
  // Chinese IMEs type the ideographic full stop 。 for a dot; IDNA treats it as one too.
  const domain = (parts[1] ?? '').replace(/[\u3002\uff61]/g, '.').toLowerCase();

  // Only the domain is case-insensitive; the local part is the mailbox owner's business.
  if (local === '' || local.length > LOCAL_MAX || /[\s\p{Cc}]/u.test(local)) return invalid;
  const labels = domain.split('.');
  if (labels.length < 2) return invalid;
  if (!labels.every((label) => label.length <= LABEL_MAX && LABEL.test(label))) return invalid;
  if (!TLD.test(labels[labels.length - 1] ?? '')) return invalid;

  const value = `${local}@${domain}`;
  return value.length > ADDRESS_MAX ? invalid : { ok: true, value };
}
