import { describe, expect, it } from 'vitest';
import { personFieldNames } from '../contract.ts';
import {
  duplicateKeys,
  type MergeFields,
  mergeConsents,
  mergeFields,
  mergeLanguages,
  mergeSkills,
  splitDuplicates,
  unionBy,
} from './merge.ts';

const blank = Object.fromEntries(personFieldNames.map((f) => [f, null])) as MergeFields;
const record = (over: Partial<MergeFields>): MergeFields => ({
  ...blank,
  incomeSupport: [],
  declaredGroups: [],
  ...over,
});

describe('mergeFields', () => {
  it('keeps equal values, fills empty ones and lists different non-empty values as conflicts', () => {
    const survivor = record({
      taxCode: 'RSSMRA80A01L219X',
      givenName: 'Mario',
      phone: null,
      email: 'a@x.it',
    });
    const merged = record({ taxCode: 'RSSMRA80A01L219Y', givenName: 'Mario', phone: '333', email: 'b@x.it' });
    const { fields, conflicts } = mergeFields(survivor, merged, {});
    expect(fields.givenName).toBe('Mario');
    expect(fields.phone).toBe('333');
    expect(conflicts.map((c) => c.field)).toEqual(['taxCode', 'email']);
    expect(conflicts.every((c) => c.chosen === null)).toBe(true);
    expect(fields.taxCode).toBe('RSSMRA80A01L219X'); // the survivor's until chosen
  });

  it('applies the choices, also to drop a value present on one side only', () => {
    const survivor = record({ taxCode: 'A', address: null, postcode: '10100' });
    const merged = record({ taxCode: 'B', address: 'Via Roma 1', postcode: null });
    const { fields, conflicts } = mergeFields(survivor, merged, { taxCode: 'merged', postcode: 'merged' });
    expect(fields.taxCode).toBe('B');
    expect(conflicts[0]).toMatchObject({ field: 'taxCode', chosen: 'merged' });
    expect(fields.address).toBe('Via Roma 1');
    expect(fields.postcode).toBeNull();
  });

  it('joins declared target groups and income support instead of asking', () => {
    const survivor = record({ declaredGroups: ['single_parent'], incomeSupport: ['naspi'] });
    const merged = record({ declaredGroups: ['care_leaver', 'single_parent'], incomeSupport: ['adi'] });
    const { fields, conflicts } = mergeFields(survivor, merged, {});
    expect(fields.declaredGroups).toEqual(['single_parent', 'care_leaver']);
    expect(fields.incomeSupport).toEqual(['naspi', 'adi']);
    expect(conflicts).toEqual([]);
  });
});

describe('CV union', () => {
  it('drops exact duplicates (case and spaces ignored) and moves the rest', () => {
    const s = [
      { id: 's1', title: 'Corso HACCP', provider: 'Enaip', hours: 12, year: 2020, certificate: null },
    ];
    const m = [
      { id: 'm1', title: ' corso haccp', provider: 'ENAIP', hours: 12, year: 2020, certificate: null },
      { id: 'm2', title: 'Carrellista', provider: null, hours: 8, year: 2021, certificate: null },
      { id: 'm3', title: 'Carrellista', provider: null, hours: 8, year: 2021, certificate: null },
    ];
    expect(splitDuplicates(s, m, duplicateKeys.trainings)).toEqual({ move: ['m2'], drop: ['m1', 'm3'] });
  });

  it('keeps the higher CEFR level per ability and the mother tongue', () => {
    const out = mergeLanguages(
      [
        {
          language: 'en',
          motherTongue: false,
          listening: 'B2',
          reading: 'A2',
          speaking: null,
          writing: 'B1',
        },
      ],
      [
        {
          language: 'en',
          motherTongue: false,
          listening: 'B1',
          reading: 'C1',
          speaking: 'A2',
          writing: null,
        },
        { language: 'ar', motherTongue: true, listening: null, reading: null, speaking: null, writing: null },
      ],
    );
    expect(out).toEqual([
      { language: 'en', motherTongue: false, listening: 'B2', reading: 'C1', speaking: 'A2', writing: 'B1' },
      { language: 'ar', motherTongue: true, listening: null, reading: null, speaking: null, writing: null },
    ]);
  });

  it('keeps the higher skill level and joins licences by key', () => {
    expect(
      mergeSkills(
        [
          { skillUri: 'x', level: 'basic' },
          { skillUri: 'y', level: 'advanced' },
        ],
        [
          { skillUri: 'x', level: 'advanced' },
          { skillUri: 'y', level: 'basic' },
          { skillUri: 'z', level: 'intermediate' },
        ],
      ),
    ).toEqual([
      { skillUri: 'x', level: 'advanced' },
      { skillUri: 'y', level: 'advanced' },
      { skillUri: 'z', level: 'intermediate' },
    ]);
    const licence = (code: string, version: string) => ({ scheme: 'driving-licence', code, version });
    expect(unionBy([licence('B', '1')], [licence('B', '2'), licence('C', '2')], (l) => l.code)).toEqual([
      licence('B', '1'),
      licence('C', '2'),
    ]);
  });
});

describe('mergeConsents', () => {
  const event = (purpose: string, granted: boolean, at: string) => ({
    purpose,
    granted,
    noticeVersion: '1',
    recordedBy: null,
    at: new Date(at),
  });

  it('keeps both histories and takes the most recent event per purpose', () => {
    const survivor = [
      event('newsletters', true, '2024-01-01'),
      event('share_cv_with_employers', true, '2024-02-01'),
    ];
    const merged = [
      event('share_cv_with_employers', false, '2025-03-01'),
      event('newsletters', false, '2023-01-01'),
    ];
    const { history, current } = mergeConsents(survivor, merged);
    expect(history).toHaveLength(4);
    expect(history[0]!.at.toISOString()).toContain('2023-01-01');
    const state = Object.fromEntries(current.map((c) => [c.purpose, c.state]));
    expect(state).toEqual({
      share_cv_with_employers: 'withdrawn',
      newsletters: 'granted',
      programme_contacts: 'never_asked',
    });
  });
});
