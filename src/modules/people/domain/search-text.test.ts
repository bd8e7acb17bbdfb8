import { describe, expect, it } from 'vitest';
import { buildSearchText, foldText } from './search-text.ts';

describe('search text', () => {
  it('folds accents and case, keeps codes', () => {
    expect(foldText('Città di Moncalieri — SALDATORE (A.01.00)')).toBe(
      'citta di moncalieri saldatore a.01.00',
    );
  });
  it('joins the parts and skips empty ones', () => {
    expect(
      buildSearchText({
        givenName: 'Niccolò',
        familyName: "D'Amico",
        residenceComuneName: 'Chieri',
        cv: ['Saldatore', null, 'Patente C'],
      }),
    ).toBe('niccolo d amico chieri saldatore patente c');
  });
});
