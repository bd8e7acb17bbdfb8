// Password hashing with argon2id (@node-rs/argon2 defaults: m=19 MiB, t=2, p=1 — OWASP's minimum).
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (plain: string) => hash(plain);

export async function verifyPassword(stored: string | null, plain: string): Promise<boolean> {
  if (!stored) {
    // Same cost as a real check, so that response time does not reveal whether the account exists.
    await verify(DUMMY_HASH, plain).catch(() => false);
    return false;
  }
  return verify(stored, plain).catch(() => false);
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$U5fjjDHoT9pioQIgLwujZA$SLN9WLVQ3MYCEdrlwd2i4auCU3i67RWT3qGzlaRPB8c';

/** Beyond the length the contract checks: not the e-mail, not one repeated character. */
export function isAcceptablePassword(password: string, email: string): boolean {
  if (password.length < 12) return false;
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return false;
  return new Set(password).size >= 4;
}
