// Consent per purpose, kept as an append-only history: the current state of each purpose is its latest event
// (granted or withdrawn), or "never asked" when the person was never asked about it.

export const consentPurposes = ['share_cv_with_employers', 'newsletters', 'programme_contacts'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export type ConsentState = 'granted' | 'withdrawn' | 'never_asked';

export type ConsentEvent = {
  purpose: string;
  granted: boolean;
  noticeVersion: string;
  recordedBy: string | null;
  at: Date;
};

export type CurrentConsent<E extends ConsentEvent> = {
  purpose: ConsentPurpose;
  state: ConsentState;
  /** The event that decided the state (null when never asked). */
  last: E | null;
};

/**
 * The current state of every purpose, in the order of `consentPurposes`. Events are compared by time; for equal
 * times the one later in `history` wins. Events of unknown purposes are ignored.
 */
export function currentConsents<E extends ConsentEvent>(history: readonly E[]): CurrentConsent<E>[] {
  const latest = new Map<string, E>();
  for (const e of history) {
    const seen = latest.get(e.purpose);
    if (!seen || e.at.getTime() >= seen.at.getTime()) latest.set(e.purpose, e);
  }
  return consentPurposes.map((purpose) => {
    const last = latest.get(purpose) ?? null;
    return { purpose, state: last ? (last.granted ? 'granted' : 'withdrawn') : 'never_asked', last };
  });
}

/** Does the person currently grant this purpose? */
export function grants(history: readonly ConsentEvent[], purpose: ConsentPurpose): boolean {
  return currentConsents(history).find((c) => c.purpose === purpose)?.state === 'granted';
}
