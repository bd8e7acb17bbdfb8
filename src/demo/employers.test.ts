import { describe, expect, it } from 'vitest';
import { isValidAteco } from '../modules/employers/domain/ateco.ts';
import { isLegalForm } from '../modules/employers/domain/legal-forms.ts';
import { isValidEmployerTaxCode, isValidVatNumber } from '../modules/employers/domain/tax-codes.ts';
import { demoEmployers, findDemoEmployer } from './employers.ts';
import { demoNetworks, demoOrganisations } from './territory.ts';

describe('demo employers', () => {
  const demoComuni = new Set<string>(demoNetworks.flatMap((n) => n.comuni.map((c) => c.code)));

  it('has the employer organisations plus about sixty local employers', () => {
    const linked = demoEmployers.filter((e) => e.organisationId);
    expect(linked).toHaveLength(demoOrganisations.filter((o) => o.kind === 'employer').length);
    expect(demoEmployers.length - linked.length).toBeGreaterThanOrEqual(60);
  });

  it('has valid, unique identifiers, ATECO 2007 codes and legal forms, in the demo comuni', () => {
    expect(new Set(demoEmployers.map((e) => e.taxCode)).size).toBe(demoEmployers.length);
    expect(new Set(demoEmployers.map((e) => e.slug)).size).toBe(demoEmployers.length);
    for (const e of demoEmployers) {
      expect(isValidEmployerTaxCode(e.taxCode), e.slug).toBe(true);
      expect(isValidVatNumber(e.taxCode), e.slug).toBe(true);
      expect(isValidAteco(e.atecoCode, '2007'), e.slug).toBe(true);
      expect(isLegalForm(e.legalForm), e.slug).toBe(true);
      expect(demoComuni.has(e.comuneCode), e.slug).toBe(true);
    }
  });

  it('some host internships, some do not', () => {
    const hosts = demoEmployers.filter((e) => e.hostsInternships).length;
    expect(hosts).toBeGreaterThan(20);
    expect(hosts).toBeLessThan(demoEmployers.length);
  });

  it('finds employers by codice fiscale or slug', () => {
    expect(findDemoEmployer('12999010015')?.slug).toBe('tessitura-aurora-chieri');
    expect(findDemoEmployer('airasca-magazzini')?.name).toMatch(/Airasca/);
    expect(findDemoEmployer('nope')).toBeUndefined();
  });
});
