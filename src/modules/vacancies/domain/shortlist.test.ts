import { describe, expect, it } from 'vitest';
import { checkMove, isStale } from './shortlist.ts';

describe('shortlist moves', () => {
  it('follows proposed → contacted → interview → hired', () => {
    expect(checkMove('proposed', 'contacted')).toBeNull();
    expect(checkMove('contacted', 'interview')).toBeNull();
    expect(checkMove('interview', 'interview')).toBeNull();
    expect(checkMove('interview', 'hired')).toBeNull();
  });

  it('refuses skipping to a hire or leaving a final stage, saying what is allowed', () => {
    expect(checkMove('proposed', 'hired')).toEqual({
      code: 'shortlist_move_not_allowed',
      from: 'proposed',
      allowed: ['contacted', 'not_selected', 'withdrew'],
    });
    expect(checkMove('hired', 'withdrew')?.allowed).toEqual([]);
  });
});

describe('stale entries', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

  it('flags entries waiting too long at their stage', () => {
    expect(isStale('proposed', daysAgo(11), now)).toBe(true);
    expect(isStale('proposed', daysAgo(9), now)).toBe(false);
    expect(isStale('interview', daysAgo(20), now)).toBe(false);
  });

  it('never flags final stages', () => {
    expect(isStale('hired', daysAgo(400), now)).toBe(false);
  });
});
