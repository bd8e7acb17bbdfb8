// The facts a move needs (domain/shortlist.ts StageFacts), read from the request and named field by field when
// missing: an interview has a date and a place, a hire a contract type and a start date, "not selected" a coded
// reason. Pure, no I/O.
import type { FieldError } from '../../platform/http/errors.ts';
import type { StageFacts } from './domain/shortlist.ts';
import type { UpdateShortlistEntryInput } from './shortlist-contract.ts';

export type FactsResult = { ok: true; facts: StageFacts } | { ok: false; fields: FieldError[] };

export function factsOf(input: UpdateShortlistEntryInput): FactsResult {
  const missing = (...names: (keyof UpdateShortlistEntryInput)[]) =>
    names.filter((n) => input[n] === undefined).map((field) => ({ field, code: 'required' }));
  switch (input.stage) {
    case 'interview': {
      const fields = missing('interviewAt', 'interviewPlace');
      if (fields.length) return { ok: false, fields };
      return {
        ok: true,
        facts: { stage: 'interview', interviewAt: input.interviewAt!, place: input.interviewPlace! },
      };
    }
    case 'hired': {
      const fields = missing('contractType', 'startDate');
      if (fields.length) return { ok: false, fields };
      return {
        ok: true,
        facts: { stage: 'hired', contractType: input.contractType!, startDate: input.startDate! },
      };
    }
    case 'not_selected': {
      const fields = missing('notSelectedReason');
      if (fields.length) return { ok: false, fields };
      return {
        ok: true,
        facts: { stage: 'not_selected', reason: input.notSelectedReason!, note: input.note },
      };
    }
    case 'withdrew':
      return { ok: true, facts: { stage: 'withdrew', note: input.note } };
    case 'contacted':
      return { ok: true, facts: { stage: 'contacted' } };
    case 'proposed':
      // Nobody moves back to 'proposed': the moves table refuses it before the facts are read.
      return { ok: false, fields: [{ field: 'stage', code: 'invalid_value' }] };
  }
}

/** The entry's columns for the facts of a move (facts of earlier stages are kept: the interview stays on record). */
export function columnsOf(facts: StageFacts) {
  switch (facts.stage) {
    case 'interview':
      return { interviewAt: new Date(facts.interviewAt), interviewPlace: facts.place };
    case 'hired':
      return { contractType: facts.contractType, startDate: facts.startDate };
    case 'not_selected':
      return { notSelectedReason: facts.reason, note: facts.note ?? null };
    case 'withdrew':
      return { note: facts.note ?? null };
    case 'contacted':
      return {};
  }
}
