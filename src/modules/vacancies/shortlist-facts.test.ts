import { describe, expect, it } from 'vitest';
import { columnsOf, factsOf } from './shortlist-facts.ts';

describe('facts of a shortlist move', () => {
  it('names every missing fact of the stage', () => {
    expect(factsOf({ stage: 'interview', version: 1 })).toEqual({
      ok: false,
      fields: [
        { field: 'interviewAt', code: 'required' },
        { field: 'interviewPlace', code: 'required' },
      ],
    });
    expect(factsOf({ stage: 'hired', version: 1, contractType: 'A.01.00' })).toEqual({
      ok: false,
      fields: [{ field: 'startDate', code: 'required' }],
    });
    expect(factsOf({ stage: 'not_selected', version: 1, note: 'x' })).toEqual({
      ok: false,
      fields: [{ field: 'notSelectedReason', code: 'required' }],
    });
  });

  it('builds the domain facts and the entry columns', () => {
    const interview = factsOf({
      stage: 'interview',
      version: 3,
      interviewAt: '2026-12-03T09:30:00+01:00',
      interviewPlace: 'Via Roma 1, Chieri',
    });
    expect(interview).toEqual({
      ok: true,
      facts: { stage: 'interview', interviewAt: '2026-12-03T09:30:00+01:00', place: 'Via Roma 1, Chieri' },
    });
    if (!interview.ok) throw new Error('unreachable');
    expect(columnsOf(interview.facts)).toEqual({
      interviewAt: new Date('2026-12-03T08:30:00Z'),
      interviewPlace: 'Via Roma 1, Chieri',
    });
    const refused = factsOf({ stage: 'not_selected', version: 1, notSelectedReason: 'did_not_attend' });
    expect(refused.ok && columnsOf(refused.facts)).toEqual({
      notSelectedReason: 'did_not_attend',
      note: null,
    });
    // Facts that do not belong to the stage are ignored, not stored.
    const contacted = factsOf({ stage: 'contacted', version: 1, interviewPlace: 'altrove' });
    expect(contacted.ok && columnsOf(contacted.facts)).toEqual({});
  });

  it('never accepts a move back to proposed', () => {
    expect(factsOf({ stage: 'proposed', version: 1 }).ok).toBe(false);
  });
});
