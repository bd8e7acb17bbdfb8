import { describe, expect, it } from 'vitest';
import { forTheCitizen, linkDecision, pickOwnerOrganisation, sameEmail } from './self-service.ts';

const person = (
  over: Partial<{ id: string; email: string | null; userId: string | null; taxCode: string }>,
) => ({
  id: 'p1',
  email: 'Mario.Rossi@Posta.example',
  userId: null,
  taxCode: 'RSSMRA80A01C627X',
  ...over,
});

describe('sameEmail', () => {
  it('ignores case and spaces, never matches a missing address', () => {
    expect(sameEmail(' Mario.Rossi@posta.EXAMPLE ', 'mario.rossi@posta.example')).toBe(true);
    expect(sameEmail('mario@posta.example', 'mario2@posta.example')).toBe(false);
    expect(sameEmail(null, 'a@b.example')).toBe(false);
  });
});

describe('linkDecision', () => {
  const base = { verifiedEmail: 'mario.rossi@posta.example', taxCode: 'RSSMRA80A01C627X' };
  it('creates a record when none has the codice fiscale', () => {
    expect(linkDecision({ ...base, byTaxCode: null, invited: null })).toEqual({ outcome: 'create' });
  });
  it('links when the record’s e-mail is the verified one (any case)', () => {
    expect(linkDecision({ ...base, byTaxCode: person({}), invited: null })).toEqual({
      outcome: 'link',
      personId: 'p1',
      via: 'email_match',
    });
  });
  it('does not link on a different or missing e-mail, nor a record already linked', () => {
    expect(
      linkDecision({ ...base, byTaxCode: person({ email: 'other@x.example' }), invited: null }),
    ).toMatchObject({
      outcome: 'not_linked',
      reason: 'email_mismatch',
    });
    expect(linkDecision({ ...base, byTaxCode: person({ email: null }), invited: null }).outcome).toBe(
      'not_linked',
    );
    expect(linkDecision({ ...base, byTaxCode: person({ userId: 'u9' }), invited: null })).toMatchObject({
      reason: 'already_linked',
    });
  });
  it('links through an invitation only with the same codice fiscale', () => {
    const invited = person({ email: 'old@x.example' });
    expect(linkDecision({ ...base, byTaxCode: invited, invited })).toMatchObject({
      outcome: 'link',
      via: 'invitation',
    });
    expect(linkDecision({ ...base, taxCode: 'BNCLCU90C14C627Z', byTaxCode: null, invited })).toMatchObject({
      outcome: 'not_linked',
      reason: 'tax_code_mismatch',
    });
  });
});

describe('pickOwnerOrganisation', () => {
  it('prefers a CPI of a coordination group, then by name; null without a CPI', () => {
    const c = (organisationId: string, organisationName: string, kind: string, tier: string) => ({
      organisationId,
      organisationName,
      kind,
      tier,
    });
    expect(
      pickOwnerOrganisation([
        c('1', 'Comune di Chieri', 'comune', 'coordination'),
        c('2', 'CPI Moncalieri', 'cpi', 'wider'),
        c('3', 'CPI Chieri', 'cpi', 'coordination'),
        c('4', 'CPI Carmagnola', 'cpi', 'coordination'),
      ])?.organisationId,
    ).toBe('4');
    expect(pickOwnerOrganisation([c('1', 'Comune', 'comune', 'coordination')])).toBeNull();
  });
});

describe('forTheCitizen', () => {
  it('withholds special categories, declared groups and operator flags, keeps the rest', () => {
    const out = forTheCitizen({
      person: {
        givenName: 'Mario',
        declaredGroups: ['addiction_services'],
        targetGroups: { declared: ['addiction_services'], computed: ['neet'] },
        hasSpecialCategory: true,
        can: { update: false },
      },
      specialCategory: [{ category: 'health', status: 'withheld' }],
      consents: [1],
    });
    expect(out.person).toEqual({
      givenName: 'Mario',
      declaredGroups: [],
      targetGroups: { declared: [], computed: ['neet'] },
    });
    expect(out.specialCategory).toEqual([]);
    expect(out.withheld).toMatch(/employment centre/);
    expect(out.consents).toEqual([1]);
  });
});
