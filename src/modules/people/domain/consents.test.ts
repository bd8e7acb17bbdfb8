import { describe, expect, it } from 'vitest';
import { type ConsentEvent, consentPurposes, currentConsents, grants } from './consents.ts';

const at = (iso: string) => new Date(iso);
const ev = (purpose: string, granted: boolean, when: string, noticeVersion = '2026-11'): ConsentEvent => ({
  purpose,
  granted,
  noticeVersion,
  recordedBy: 'u1',
  at: at(when),
});

describe('currentConsents', () => {
  it('says "never asked" for every purpose of an empty history', () => {
    const out = currentConsents([]);
    expect(out.map((c) => c.purpose)).toEqual([...consentPurposes]);
    expect(out.every((c) => c.state === 'never_asked' && c.last === null)).toBe(true);
  });

  it('takes the latest event of each purpose, whatever the order of the history', () => {
    const history = [
      ev('share_cv_with_employers', false, '2026-11-10T10:00:00Z'),
      ev('share_cv_with_employers', true, '2026-11-01T10:00:00Z'),
      ev('newsletters', true, '2026-11-05T10:00:00Z'),
    ];
    const out = currentConsents(history);
    const share = out.find((c) => c.purpose === 'share_cv_with_employers')!;
    expect(share.state).toBe('withdrawn');
    expect(share.last).toBe(history[0]);
    expect(out.find((c) => c.purpose === 'newsletters')!.state).toBe('granted');
    expect(out.find((c) => c.purpose === 'programme_contacts')!.state).toBe('never_asked');
  });

  it('lets a later grant override a withdrawal, and the later of equal times win', () => {
    const history = [
      ev('newsletters', true, '2026-11-01T10:00:00Z'),
      ev('newsletters', false, '2026-11-02T10:00:00Z'),
      ev('newsletters', true, '2026-11-03T10:00:00Z', '2026-11'),
    ];
    expect(grants(history, 'newsletters')).toBe(true);
    const same = [
      ev('newsletters', true, '2026-11-01T10:00:00Z'),
      ev('newsletters', false, '2026-11-01T10:00:00Z'),
    ];
    expect(grants(same, 'newsletters')).toBe(false);
  });

  it('ignores unknown purposes', () => {
    const out = currentConsents([ev('marketing', true, '2026-11-01T10:00:00Z')]);
    expect(out.every((c) => c.state === 'never_asked')).toBe(true);
  });
});
