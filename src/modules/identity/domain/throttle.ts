// Login throttling: after `maxFailures` consecutive failures within the lockout window, the account is locked
// until the window has passed since the last failure. Pure: takes the recent attempts, newest first.
export type Attempt = { success: boolean; at: Date };

export function lockedUntil(
  recent: Attempt[],
  rule: { maxFailures: number; lockoutMinutes: number },
  now: Date,
): Date | null {
  const windowStart = now.getTime() - rule.lockoutMinutes * 60_000;
  const failures: Attempt[] = [];
  for (const a of recent) {
    if (a.success || a.at.getTime() < windowStart) break;
    failures.push(a);
  }
  if (failures.length < rule.maxFailures) return null;
  const until = new Date(failures[0]!.at.getTime() + rule.lockoutMinutes * 60_000);
  return until > now ? until : null;
}
