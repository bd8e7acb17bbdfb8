import { describe, expect, it } from 'vitest';
import { hashPassword, isAcceptablePassword, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('una-password-lunga');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'una-password-lunga')).toBe(true);
    expect(await verifyPassword(hash, 'altra-password')).toBe(false);
    expect(await verifyPassword(null, 'x')).toBe(false);
  });
  it('refuses short, repetitive and e-mail-based passwords', () => {
    expect(isAcceptablePassword('corta', 'a@b.it')).toBe(false);
    expect(isAcceptablePassword('aaaaaaaaaaaaaaa', 'a@b.it')).toBe(false);
    expect(isAcceptablePassword('mario.rossi-2026!', 'mario.rossi@comune.example')).toBe(false);
    expect(isAcceptablePassword('Password-del-CED-2026', 'ced@comune.example')).toBe(true);
    expect(isAcceptablePassword('Una-password-sicura-1', 'giulia@x.example')).toBe(true);
  });
});
