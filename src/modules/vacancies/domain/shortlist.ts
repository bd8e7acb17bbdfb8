// A shortlist entry's path: proposed → contacted → interview → hired | not selected | withdrew. Moves are a table
// (the interface offers only what is allowed), each carries the facts it needs (an interview has a date and a
// place; a hire a contract type and start date; "not selected" a coded reason), and an entry that has not moved
// for a while is flagged as stale so nobody is left waiting without an answer. Pure, no I/O.

export const shortlistStages = [
  'proposed',
  'contacted',
  'interview',
  'hired',
  'not_selected',
  'withdrew',
] as const;
export type ShortlistStage = (typeof shortlistStages)[number];

export const finalStages: ShortlistStage[] = ['hired', 'not_selected', 'withdrew'];

export const moves: Record<ShortlistStage, ShortlistStage[]> = {
  proposed: ['contacted', 'not_selected', 'withdrew'],
  contacted: ['interview', 'not_selected', 'withdrew'],
  // A second interview is a move to the same stage with a new date.
  interview: ['interview', 'hired', 'not_selected', 'withdrew'],
  hired: [],
  not_selected: [],
  withdrew: [],
};

/** Coded reasons for "not selected" (reported in the observatory, so codes, not free text). */
export const notSelectedReasons = [
  'skills_not_matching',
  'experience_insufficient',
  'position_filled',
  'did_not_attend',
  'distance_or_hours',
  'other',
] as const;
export type NotSelectedReason = (typeof notSelectedReasons)[number];

export type StageFacts =
  | { stage: 'contacted' }
  | { stage: 'interview'; interviewAt: string; place: string }
  | { stage: 'hired'; contractType: string; startDate: string }
  | { stage: 'not_selected'; reason: NotSelectedReason; note?: string }
  | { stage: 'withdrew'; note?: string };

export type MoveProblem = {
  code: 'shortlist_move_not_allowed';
  from: ShortlistStage;
  allowed: ShortlistStage[];
};

export function checkMove(from: ShortlistStage, to: ShortlistStage): MoveProblem | null {
  return moves[from].includes(to) ? null : { code: 'shortlist_move_not_allowed', from, allowed: moves[from] };
}

/** Entries waiting longer than this many days at a non-final stage are flagged on the board. */
export const STALE_AFTER_DAYS: Record<'proposed' | 'contacted' | 'interview', number> = {
  proposed: 10,
  contacted: 14,
  interview: 21,
};

export function isStale(stage: ShortlistStage, movedAt: Date, now: Date): boolean {
  if (finalStages.includes(stage)) return false;
  const days = STALE_AFTER_DAYS[stage as keyof typeof STALE_AFTER_DAYS];
  return now.getTime() - movedAt.getTime() > days * 86_400_000;
}
