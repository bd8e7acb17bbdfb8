import { describe, expect, it } from 'vitest';
import { createCipher, createKeyring, keyIdOf, parsePreviousKeys, storedKeyId } from './secrets.ts';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);
const keyC = Buffer.alloc(32, 3);

describe('keyring', () => {
  it('decrypts values made with a previous key and encrypts with the current one', () => {
    const old = createCipher(keyA).encrypt('segreto');
    const ring = createKeyring(keyB, [keyA]);
    expect(ring.keyId).toBe(keyIdOf(keyB));
    expect(ring.decrypt(old)).toBe('segreto');
    const fresh = ring.encrypt('segreto');
    expect(storedKeyId(fresh)).toBe(keyIdOf(keyB));
    expect(storedKeyId(old)).toBe(keyIdOf(keyA));
    expect(createCipher(keyB).decrypt(fresh)).toBe('segreto');
  });

  it('names the missing key when a value was made with a key that is not configured', () => {
    const old = createCipher(keyA).encrypt('x');
    expect(() => createKeyring(keyB, [keyC]).decrypt(old)).toThrow(
      `made with key ${keyIdOf(keyA)}, configure it in ENCRYPTION_KEY_PREVIOUS`,
    );
  });

  it('refuses tampered values and unknown formats', () => {
    const ring = createKeyring(keyA);
    const stored = ring.encrypt('abc').split(':');
    stored[4] = Buffer.from('abd').toString('base64');
    expect(() => ring.decrypt(stored.join(':'))).toThrow();
    expect(() => ring.decrypt('plain text')).toThrow('Unknown ciphertext format');
  });

  it('parses ENCRYPTION_KEY_PREVIOUS as comma-separated base64 keys', () => {
    expect(parsePreviousKeys(undefined)).toEqual([]);
    expect(parsePreviousKeys(` ${keyA.toString('base64')}, ${keyC.toString('base64')} ,`)).toEqual([
      keyA,
      keyC,
    ]);
    expect(() => parsePreviousKeys('c2hvcnQ=')).toThrow('ENCRYPTION_KEY_PREVIOUS, key 1');
  });
});
