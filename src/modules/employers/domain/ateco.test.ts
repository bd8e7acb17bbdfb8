import { describe, expect, it } from 'vitest';
import { atecoProblem, atecoSection, atecoSections, isValidAteco, normaliseAteco } from './ateco.ts';

describe('ATECO format', () => {
  it.each(['52', '52.1', '52.10', '52.10.1', '52.10.10', '01.11.00'])('accepts %s', (code) => {
    expect(isValidAteco(code, '2007')).toBe(true);
  });

  it.each(['5', '521', '52.', '52.100', '52.1.10', 'AB.10', '52-10', '52.10.100', ''])(
    'refuses %s',
    (code) => {
      expect(isValidAteco(code, '2007')).toBe(false);
      expect(atecoProblem(code, '2007')).toBe('format');
    },
  );

  it('refuses divisions that do not exist', () => {
    expect(isValidAteco('04.10', '2007')).toBe(false);
    expect(atecoProblem('04.10', '2007')).toBe('division');
    expect(isValidAteco('40', '2025')).toBe(false);
  });

  it('division 45 (motor-vehicle trade) exists in 2007 only', () => {
    expect(atecoSection('45.20', '2007')).toBe('G');
    expect(isValidAteco('45.20', '2025')).toBe(false);
    expect(atecoProblem('45.20', '2025')).toBe('division');
  });

  it('normalises compact and spaced input', () => {
    expect(normaliseAteco('521010')).toBe('52.10.10');
    expect(normaliseAteco(' 56.10 ')).toBe('56.10');
    expect(normaliseAteco('2562')).toBe('25.62');
  });
});

describe('ATECO sections', () => {
  it.each([
    ['01.11', 'A', 'A'],
    ['10.71', 'C', 'C'],
    ['25.62', 'C', 'C'],
    ['41.20', 'F', 'F'],
    ['47.11', 'G', 'G'],
    ['52.10', 'H', 'H'],
    ['56.10', 'I', 'I'],
    ['58.11', 'J', 'J'],
    ['60.10', 'J', 'J'],
    ['62.01', 'J', 'K'], // programming: J in 2007, K in 2025
    ['61.10', 'J', 'K'],
    ['64.19', 'K', 'L'],
    ['68.20', 'L', 'M'],
    ['69.20', 'M', 'N'],
    ['81.21', 'N', 'O'],
    ['84.11', 'O', 'P'],
    ['85.31', 'P', 'Q'],
    ['87.30', 'Q', 'R'],
    ['93.11', 'R', 'S'],
    ['96.02', 'S', 'T'],
    ['97.00', 'T', 'U'],
    ['99.00', 'U', 'V'],
  ])('%s → %s (2007), %s (2025)', (code, s2007, s2025) => {
    expect(atecoSection(code, '2007')).toBe(s2007);
    expect(atecoSection(code, '2025')).toBe(s2025);
  });

  it('lists 21 sections A–U in 2007 and 22 sections A–V in 2025', () => {
    expect(
      atecoSections('2007')
        .map((s) => s.letter)
        .join(''),
    ).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(
      atecoSections('2025')
        .map((s) => s.letter)
        .join(''),
    ).toBe('ABCDEFGHIJKLMNOPQRSTUV');
    expect(atecoSections('2025').find((s) => s.letter === 'K')?.en).toMatch(/Telecommunication/);
  });

  it('gives no section for an invalid code', () => {
    expect(atecoSection('5X', '2007')).toBeNull();
  });
});
