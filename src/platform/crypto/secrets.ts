// Encryption at rest for secrets and special-category data: AES-256-GCM with a key from the configuration.
// The stored form names the key (its fingerprint) so that a rotation can re-encrypt row by row.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Cipher = {
  keyId: string;
  encrypt: (plain: string) => string;
  decrypt: (stored: string) => string;
};

export function parseKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(
      'ENCRYPTION_KEY must be 32 bytes in base64 (generate one with: openssl rand -base64 32). ' +
        `It decodes to ${key.length} bytes.`,
    );
  }
  return key;
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** The key named by a stored value (`v1:<keyId>:…`), or undefined when the value is not in the stored form. */
export function storedKeyId(stored: string): string | undefined {
  const [version, id] = stored.split(':');
  return version === 'v1' && id ? id : undefined;
}

function encryptWith(key: Buffer, keyId: string, plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return [
    'v1',
    keyId,
    iv.toString('base64'),
    c.getAuthTag().toString('base64'),
    body.toString('base64'),
  ].join(':');
}

function decryptWith(key: Buffer, iv: string, tag: string, body: string): string {
  const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  d.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([d.update(Buffer.from(body, 'base64')), d.final()]).toString('utf8');
}

/**
 * A cipher that encrypts with the current key and decrypts with the current key or any previous one, chosen by
 * the key id in the stored form — what lets a rotation (scripts/keys-rotate.ts) run while the app is serving.
 */
export function createKeyring(current: Buffer, previous: Buffer[] = []): Cipher {
  const keyId = keyIdOf(current);
  const keys = new Map<string, Buffer>();
  for (const key of previous) keys.set(keyIdOf(key), key);
  keys.set(keyId, current);
  return {
    keyId,
    encrypt: (plain) => encryptWith(current, keyId, plain),
    decrypt(stored) {
      const [version, id, iv, tag, body] = stored.split(':');
      if (version !== 'v1' || !id || !iv || !tag || body === undefined)
        throw new Error('Unknown ciphertext format');
      const key = keys.get(id);
      if (!key) {
        throw new Error(
          `Encrypted value made with key ${id}, configure it in ENCRYPTION_KEY_PREVIOUS ` +
            `(the current key is ${keyId}).`,
        );
      }
      return decryptWith(key, iv, tag, body);
    },
  };
}

export function createCipher(key: Buffer): Cipher {
  return createKeyring(key, []);
}

/** ENCRYPTION_KEY_PREVIOUS: comma-separated base64 keys, still accepted for reading during a rotation. */
export function parsePreviousKeys(configured: string | undefined): Buffer[] {
  if (!configured) return [];
  return configured
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k, i) => {
      try {
        return parseKey(k);
      } catch (err) {
        throw new Error(`ENCRYPTION_KEY_PREVIOUS, key ${i + 1}: ${(err as Error).message}`);
      }
    });
}

/**
 * The configured key, or — for the embedded database only — a key generated on first start and kept beside the
 * data (DATA_DIR/encryption.key, mode 600), so that `npm start` needs no setup. A server deployment must set
 * ENCRYPTION_KEY explicitly: losing it makes encrypted data unreadable.
 */
export function loadOrCreateKey(configured: string | undefined, dataDir: string, embedded: boolean): Buffer {
  if (configured) return parseKey(configured);
  if (!embedded) {
    throw new Error(
      'ENCRYPTION_KEY is required with DATABASE_URL (generate one with: openssl rand -base64 32).',
    );
  }
  const file = path.join(dataDir, 'encryption.key');
  if (existsSync(file)) return parseKey(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}
