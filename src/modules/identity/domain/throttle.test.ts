import { describe, expect, it } from 'vitest';
import { lockedUntil } from './throttle.ts';

const rule = { maxFailures: 3, lockoutMinutes: 15 };
const now = new Date('2026-11-21T10:00:00Z');
const ago = (min: number, success = false) => ({ success, at: new Date(now.getTime() - min * 60_000) });

describe('login lockout', () => {
  it('does not lock below the threshold', () => {
    expect(lockedUntil([ago(1), ago(2)], rule, now)).toBeNull();
  });
  it('locks after consecutive failures, until the window passes since the last one', () => {
    expect(lockedUntil([ago(1), ago(2), ago(3)], rule, now)).toEqual(new Date(now.getTime() + 14 * 60_000));
  });
  it('a success in between resets the count', () => {
    expect(lockedUntil([ago(1), ago(2), ago(3, true), ago(4)], rule, now)).toBeNull();
  });
  it('old failures outside the window do not count', () => {
    expect(lockedUntil([ago(1), ago(2), ago(20)], rule, now)).toBeNull();
  });
});
