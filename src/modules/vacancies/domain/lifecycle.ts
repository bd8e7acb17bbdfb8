// The life of a vacancy: draft → published → closed, with "unpublished" when nobody refreshed it for too long
// (a stale offer misleads job seekers) and "filled" when the hires cover every position. The transitions are a
// table, so the interface can offer exactly the actions the rules allow. Pure functions, no I/O.

export const vacancyStates = ['draft', 'published', 'unpublished', 'closed', 'filled'] as const;
export type VacancyState = (typeof vacancyStates)[number];

export const vacancyActions = ['publish', 'refresh', 'unpublish', 'close', 'reopen'] as const;
export type VacancyAction = (typeof vacancyActions)[number];

/** action → the states it may start from, and where it leads. */
export const transitions: Record<VacancyAction, { from: VacancyState[]; to: VacancyState }> = {
  publish: { from: ['draft', 'unpublished'], to: 'published' },
  // Refreshing tells the system the offer is still current; it restarts the stale-offer clock.
  refresh: { from: ['published'], to: 'published' },
  unpublish: { from: ['published'], to: 'unpublished' },
  close: { from: ['draft', 'published', 'unpublished'], to: 'closed' },
  reopen: { from: ['closed'], to: 'draft' },
};

export function allowedActions(state: VacancyState): VacancyAction[] {
  return vacancyActions.filter((a) => transitions[a].from.includes(state));
}

export type TransitionResult =
  | { ok: true; to: VacancyState }
  | { ok: false; from: VacancyState; allowed: VacancyAction[] };

export function transition(state: VacancyState, action: VacancyAction): TransitionResult {
  const t = transitions[action];
  return t.from.includes(state)
    ? { ok: true, to: t.to }
    : { ok: false, from: state, allowed: allowedActions(state) };
}

const dayMs = 86_400_000;

/**
 * Whether a published vacancy must be taken off the public list: past its deadline, or not refreshed for
 * `staleAfterDays` (configurable per installation). Returns the reason, or null when it stays.
 */
export function stalenessOf(
  v: { state: VacancyState; deadline: string | null; refreshedAt: Date },
  now: Date,
  staleAfterDays: number,
): 'deadline_passed' | 'not_refreshed' | null {
  if (v.state !== 'published') return null;
  const today = now.toISOString().slice(0, 10);
  if (v.deadline && v.deadline < today) return 'deadline_passed';
  if (now.getTime() - v.refreshedAt.getTime() > staleAfterDays * dayMs) return 'not_refreshed';
  return null;
}

/** Positions still open: a hire fills one; when none is left the vacancy is filled. */
export function openPositions(positions: number, hired: number): number {
  return Math.max(0, positions - hired);
}
