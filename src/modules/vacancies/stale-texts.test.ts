import { describe, expect, it } from 'vitest';
import { unpublishedEmail } from './stale.ts';
import { staleAt } from './view.ts';

describe('when a published offer leaves the public list', () => {
  const refreshedAt = new Date('2026-11-01T10:00:00Z');

  it('is the refresh clock, or the day after the deadline when that comes first', () => {
    expect(staleAt({ state: 'published', refreshedAt, deadline: null }, 30)?.toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
    expect(staleAt({ state: 'published', refreshedAt, deadline: '2026-11-10' }, 30)?.toISOString()).toBe(
      '2026-11-11T00:00:00.000Z',
    );
    expect(staleAt({ state: 'draft', refreshedAt: null, deadline: null }, 30)).toBeNull();
  });

  it('tells the author why and how to publish again, in their language', () => {
    const it_ = unpublishedEmail('it', {
      title: 'Cuoco',
      reason: 'deadline_passed',
      link: 'https://x/v/1',
      days: 30,
    });
    expect(it_.subject).toBe('Offerta non più pubblicata: Cuoco');
    expect(it_.text).toContain('scaduto il termine');
    expect(it_.text).toContain('nuova scadenza');
    expect(it_.text).toContain('https://x/v/1');
    const en = unpublishedEmail('en', {
      title: 'Cook',
      reason: 'not_refreshed',
      link: 'https://x/v/1',
      days: 45,
    });
    expect(en.text).toContain('45 days');
    expect(en.text).toContain('"Publish"');
  });
});
