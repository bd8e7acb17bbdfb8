import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personFields } from '../contract.ts';
import { ageOn } from '../domain/target-groups.ts';
import { taxCodeMismatches, withoutOmocodia } from '../domain/tax-code-check.ts';
import { generatePeople, type PersonRow } from './generate.ts';
import { birthCountries } from './names-foreign.ts';
import { italianFamilyNames, italianFemaleNames, italianMaleNames } from './names-it.ts';
import { comuneByCode } from './places.ts';
import { createRandom } from './random.ts';
import { CodiceFiscale, computeTaxCode, uniqueTaxCode } from './tax-code.ts';

const today = new Date('2026-11-01T00:00:00Z');
const chieri = ['001078', '001156', '001164', '001059', '001009', '001257'];
const owners = [
  { id: '00000000-0000-4000-8000-000000000001', weight: 60 },
  { id: '00000000-0000-4000-8000-000000000002', weight: 30, comuni: ['001078'] },
  { id: '00000000-0000-4000-8000-000000000003', weight: 10 },
];
const input = { seed: 42, count: 2000, networkComuni: chieri, owners, today };
const rows = [...generatePeople(input)];
const share = (pred: (r: PersonRow) => boolean, of = rows) => of.filter(pred).length / of.length;
const countryByIso = new Map(birthCountries.map((c) => [c.iso, c]));
const birthplaceCode = (r: PersonRow) =>
  r.birthComuneCode
    ? comuneByCode(r.birthComuneCode).cadastralCode
    : countryByIso.get(r.birthCountry!)!.cadastralCode;

describe('synthetic people generator', () => {
  it('is deterministic for a seed and changes with it', () => {
    expect([...generatePeople({ ...input, count: 200 })]).toEqual(rows.slice(0, 200));
    const other = [...generatePeople({ ...input, seed: 43, count: 200 })];
    expect(other.map((r) => r.taxCode)).not.toEqual(rows.slice(0, 200).map((r) => r.taxCode));
    const random = createRandom(7);
    const again = createRandom(7);
    expect(Array.from({ length: 5 }, random.next)).toEqual(Array.from({ length: 5 }, again.next));
  });

  it('issues valid, unique codici fiscali consistent with the declared identity', () => {
    expect(rows).toHaveLength(2000);
    expect(new Set(rows.map((r) => r.taxCode)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(CodiceFiscale.check(r.taxCode), r.taxCode).toBe(true);
      const declared = {
        familyName: r.familyName,
        givenName: r.givenName,
        sex: r.sex as 'M' | 'F',
        birthDate: r.birthDate,
        birthplaceCode: birthplaceCode(r),
      };
      expect(taxCodeMismatches(r.taxCode, declared), `${r.taxCode} ${JSON.stringify(declared)}`).toEqual([]);
    }
  });

  it('computes the same codes as CodiceFiscale.compute from the birthplace name and province', () => {
    const isRegular = (cf: string) => withoutOmocodia(cf) === cf;
    expect(share((r) => isRegular(r.taxCode))).toBeGreaterThan(0.99);
    for (const r of rows) {
      const [year, month, day] = r.birthDate.split('-').map(Number);
      const born = r.birthComuneCode ? comuneByCode(r.birthComuneCode) : null;
      const country = countryByIso.get(r.birthCountry!);
      const computed = CodiceFiscale.compute({
        name: r.givenName,
        surname: r.familyName,
        gender: r.sex,
        day,
        month,
        year,
        birthplace: born ? born.name : country!.cfName,
        birthplaceProvincia: born ? born.sigla : 'EE',
      });
      if (isRegular(r.taxCode)) expect(r.taxCode).toBe(computed);
      else expect(withoutOmocodia(r.taxCode).slice(0, 15)).toBe(computed.slice(0, 15));
    }
    for (const c of birthCountries)
      expect(CodiceFiscale.findLocationCode(c.cfName, 'EE')).toBe(c.cadastralCode);
    const births = new Set(rows.flatMap((r) => (r.birthComuneCode ? [r.birthComuneCode] : [])));
    for (const code of births) {
      const c = comuneByCode(code);
      expect(CodiceFiscale.findLocationCode(c.name, c.sigla), c.name).toBe(c.cadastralCode);
    }
  });

  it('resolves collisions with the next omocode, and respects codes already in use', () => {
    const place = { name: 'Chieri', province: 'TO', cadastralCode: 'C627' };
    const regular = computeTaxCode(
      { givenName: 'Mario', familyName: 'Rossi', sex: 'M', birthDate: '1985-12-10' },
      place,
    );
    expect(regular).toBe('RSSMRA85T10C627E');
    const used = new Set([regular]);
    const first = uniqueTaxCode(regular, used)!;
    expect(first.slice(0, 14)).toBe('RSSMRA85T10C62');
    expect(first[14]).toBe('T'); // 7 → T: the last digit is replaced first
    expect(CodiceFiscale.check(first)).toBe(true);
    used.add(first);
    expect(uniqueTaxCode(regular, used)!.slice(13, 15)).toBe('NT');
    const taken = new Set(rows.slice(0, 300).map((r) => r.taxCode));
    const more = [...generatePeople({ ...input, count: 300, taxCodesInUse: taken })];
    more.forEach((r, i) => {
      expect(r.taxCode).not.toBe(rows[i]!.taxCode);
      expect(withoutOmocodia(r.taxCode).slice(0, 15)).toBe(withoutOmocodia(rows[i]!.taxCode).slice(0, 15));
    });
    expect(taken.size).toBe(600);
  });

  it('produces values accepted by the person contract, within the requested territory and ages', () => {
    const schema = z.object(personFields).strict();
    const ownerIds = new Set(owners.map((o) => o.id));
    for (const r of rows) {
      const { id, ownerOrganisationId, createdAt, updatedAt, searchText: _s, ...fields } = r;
      const parsed = schema.safeParse(fields);
      expect(parsed.success, `${JSON.stringify(parsed.error?.issues)} ${JSON.stringify(fields)}`).toBe(true);
      expect(chieri).toContain(r.residenceComuneCode);
      expect(comuneByCode(r.residenceComuneCode).caps).toContain(r.postcode);
      expect(ownerIds.has(ownerOrganisationId)).toBe(true);
      if (ownerOrganisationId === owners[1]!.id) expect(r.residenceComuneCode).toBe('001078');
      const age = ageOn(r.birthDate, today);
      expect(age).toBeGreaterThanOrEqual(16);
      expect(age).toBeLessThanOrEqual(66);
      const day = today.toISOString().slice(0, 10);
      for (const d of [r.didDate, r.unemployedSince]) if (d) expect(d <= day && d >= r.birthDate).toBe(true);
      if (r.employmentStatus === 'unemployed') expect(r.unemployedSince! <= r.didDate!).toBe(true);
      if (r.email) expect(r.email).toMatch(/@[a-z]+\.example$/);
      if (r.phone) expect(r.phone).toMatch(/^3\d{2} 555 \d{4}$/);
      expect(r.maxCommuteKm).toBeGreaterThanOrEqual(5);
      expect(r.maxCommuteKm).toBeLessThanOrEqual(50);
      expect(createdAt!.getTime()).toBeLessThanOrEqual(today.getTime() + 86_400_000);
      if (r.birthCountry === 'IT') expect(r.birthComuneCode).toMatch(/^\d{6}$/);
      else expect(r.birthComuneCode).toBeNull();
    }
  });

  it('follows the intended distributions', () => {
    const statuses: [string, number][] = [
      ['unemployed', 0.55],
      ['never_employed', 0.15],
      ['employed_seeking', 0.1],
      ['student', 0.08],
      ['redundancy_fund', 0.07],
      ['employed', 0.05],
    ];
    for (const [status, expected] of statuses) {
      expect(Math.abs(share((r) => r.employmentStatus === status) - expected), status).toBeLessThan(0.03);
    }
    expect(share((r) => r.employmentStatus === 'unemployed' && !r.didDate)).toBe(0);
    const foreign = rows.filter((r) => r.birthCountry !== 'IT');
    expect(Math.abs(foreign.length / rows.length - 0.15)).toBeLessThan(0.025);
    expect(new Set(foreign.map((r) => r.birthCountry)).size).toBe(7);
    const has = (g: string) => (r: PersonRow) => r.declaredGroups!.includes(g as never);
    expect(share(has('social_services_referral'))).toBeGreaterThan(0.055);
    expect(share(has('social_services_referral'))).toBeLessThan(0.105);
    expect(share(has('migrant'), foreign)).toBeGreaterThan(0.06);
    expect(share(has('migrant'), foreign)).toBeLessThan(0.19);
    expect(rows.filter((r) => r.birthCountry === 'IT').some(has('migrant'))).toBe(false);
    expect(share(has('single_parent'))).toBeGreaterThan(0.025);
    expect(share(has('single_parent'))).toBeLessThan(0.055);
    expect(share(has('former_detainee'))).toBeGreaterThan(0.002);
    expect(share(has('former_detainee'))).toBeLessThan(0.02);
    expect(Math.abs(share((r) => r.ownVehicle === true) - 0.6)).toBeLessThan(0.06);
    expect(share((r) => r.sex === 'F')).toBeGreaterThan(0.45);
    expect(share((r) => r.sex === 'F')).toBeLessThan(0.57);
    expect(share((r) => r.incomeSupport!.includes('naspi'))).toBeGreaterThan(0.1);
    const young = share((r) => ageOn(r.birthDate, today) <= 29);
    expect(young).toBeGreaterThan(0.25);
    expect(young).toBeLessThan(0.45);
  });

  it('draws from name lists of the intended size, without repetitions', () => {
    expect(italianFamilyNames.length).toBeGreaterThanOrEqual(150);
    expect(italianMaleNames.length).toBeGreaterThanOrEqual(100);
    expect(italianFemaleNames.length).toBeGreaterThanOrEqual(100);
    for (const list of [italianFamilyNames, italianMaleNames, italianFemaleNames]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });
});
