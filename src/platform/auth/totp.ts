// TOTP (RFC 6238, 30 s, 6 digits, SHA-1: what authenticator apps expect) and one-time recovery codes.
import { randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export const newTotpSecret = () => generateSecret();

export async function totpCode(secret: string, at = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** Accepts the current code and the one before or after (clock drift of ±30 s). */
export async function checkTotp(secret: string, code: string, at = new Date()): Promise<boolean> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: 30,
  });
  return result.valid;
}

export async function totpEnrolment(secret: string, label: string) {
  const otpauthUrl = generateURI({ issuer: 'ReteLavoro', label, secret });
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 });
  return { secret, otpauthUrl, qrDataUrl };
}

/** Ten codes like `k3f9-x2ma`, shown once; only their hashes are stored. */
export function newRecoveryCodes(n = 10): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: n }, () => {
    const bytes = randomBytes(8);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
  });
}
