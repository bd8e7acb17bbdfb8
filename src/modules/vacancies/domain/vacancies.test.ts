import { describe, expect, it } from 'vitest';
import { allowedActions, openPositions, stalenessOf, transition } from './lifecycle.ts';
import { requirementProblems, type VacancyRequirements } from './requirements.ts';

describe('vacancy lifecycle', () => {
  it('publishes a draft and closes it', () => {
    expect(transition('draft', 'publish')).toEqual({ ok: true, to: 'published' });
    expect(transition('published', 'close')).toEqual({ ok: true, to: 'closed' });
  });

  it('refuses a transition the rules do not allow, listing the allowed ones', () => {
    expect(transition('closed', 'publish')).toEqual({ ok: false, from: 'closed', allowed: ['reopen'] });
    expect(allowedActions('filled')).toEqual([]);
  });

  it('takes stale offers off the public list', () => {
    const now = new Date('2026-11-21T10:00:00Z');
    const v = { state: 'published' as const, deadline: null, refreshedAt: new Date('2026-10-01T10:00:00Z') };
    expect(stalenessOf(v, now, 60)).toBeNull();
    expect(stalenessOf(v, now, 30)).toBe('not_refreshed');
    expect(stalenessOf({ ...v, deadline: '2026-11-20' }, now, 60)).toBe('deadline_passed');
    expect(stalenessOf({ ...v, state: 'draft' }, now, 1)).toBeNull();
  });

  it('counts open positions', () => {
    expect(openPositions(3, 1)).toBe(2);
    expect(openPositions(1, 2)).toBe(0);
  });
});

describe('vacancy requirements', () => {
  const ok: VacancyRequirements = {
    occupationUri: 'esco:magazziniere',
    workingTime: 'full_time',
    weeklyHours: 40,
    positions: 2,
    startDate: '2027-01-15',
    deadline: '2026-12-31',
    essentialSkills: ['a', 'b'],
    optionalSkills: ['c'],
    minExperienceMonths: 12,
    contractType: 'A.03.00',
    reservedFor: [],
  };
  const problems = (over: Partial<VacancyRequirements>) =>
    requirementProblems({ ...ok, ...over }, '2026-11-21');

  it('accepts a coherent vacancy', () => {
    expect(problems({})).toEqual([]);
  });

  it('names the field of each contradiction', () => {
    expect(problems({ occupationUri: null })).toEqual([
      { field: 'occupationUri', code: 'vacancy_occupation_required' },
    ]);
    expect(problems({ workingTime: 'part_time', weeklyHours: 38 })).toEqual([
      { field: 'weeklyHours', code: 'vacancy_part_time_hours' },
    ]);
    expect(problems({ weeklyHours: 60 })[0]?.code).toBe('vacancy_hours_over_maximum');
    expect(problems({ deadline: '2027-02-01' })[0]).toEqual({
      field: 'deadline',
      code: 'vacancy_deadline_after_start',
    });
    expect(problems({ deadline: '2026-11-01' })[0]?.code).toBe('vacancy_deadline_past');
    expect(problems({ optionalSkills: ['a'] })[0]?.field).toBe('optionalSkills');
    expect(problems({ essentialSkills: ['a', 'a'] })[0]?.code).toBe('vacancy_skill_repeated');
    expect(problems({ positions: 0 })[0]?.field).toBe('positions');
  });

  it('keeps internships and their reservation together', () => {
    expect(problems({ contractType: 'C.01.00', minExperienceMonths: 0 })).toEqual([
      { field: 'reservedFor', code: 'vacancy_internship_reservation' },
    ]);
    expect(problems({ contractType: 'C.01.00', reservedFor: ['internship'] }).map((p) => p.code)).toEqual([
      'vacancy_internship_experience',
    ]);
    expect(problems({ reservedFor: ['internship'] })[0]?.field).toBe('reservedFor');
  });
});
