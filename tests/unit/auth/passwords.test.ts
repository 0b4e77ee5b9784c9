import { describe, expect, it } from 'vitest';
import { hashSecret, verifySecret } from '../../../electron/core/auth/passwords';

describe('password and PIN hashes', () => {
  it('verifies the secret it was made from and refuses any other', async () => {
    const stored = await hashSecret('王芳-2026!');
    expect(await verifySecret('王芳-2026!', stored)).toBe(true);
    expect(await verifySecret('王芳-2025!', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('is scrypt with N = 2^15, r = 8 and a salt of its own per hash', async () => {
    const a = await hashSecret('482913');
    const b = await hashSecret('482913');
    const [scheme, n, r, , saltA, keyA] = a.split('$');
    expect([scheme, Number(n), Number(r)]).toEqual(['scrypt', 2 ** 15, 8]);
    expect(saltA).not.toBe(b.split('$')[4]);
    expect(keyA).not.toBe(b.split('$')[5]);
    expect(a).not.toContain('482913');
    expect(await verifySecret('482913', b)).toBe(true);
  });

  it('never matches a malformed stored hash', async () => {
    expect(await verifySecret('482913', 'plain:482913')).toBe(false);
    expect(await verifySecret('482913', 'scrypt$0$8$1$c2FsdA$a2V5')).toBe(false);
  });
});
