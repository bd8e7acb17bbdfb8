import { describe, expect, it } from 'vitest';
import { iscoCodeOf, splitAltLabels } from './labels.ts';

describe('alternative labels', () => {
  it('splits the newline-separated field, without blanks, repeats or the preferred label', () => {
    expect(
      splitAltLabels(
        'magazziniere\naddetto al magazzino\r\n\n  magazziniere  \nmagazziniera',
        'magazziniere',
      ),
    ).toEqual(['addetto al magazzino', 'magazziniera']);
  });

  it('collapses inner spaces and accepts an empty field', () => {
    expect(splitAltLabels('wiredrawing  machine operator')).toEqual(['wiredrawing machine operator']);
    expect(splitAltLabels('')).toEqual([]);
    expect(splitAltLabels(undefined)).toEqual([]);
  });

  it('reads ISCO codes with or without the C of the concept URI', () => {
    expect(iscoCodeOf('8344')).toBe('8344');
    expect(iscoCodeOf(' C8344 ')).toBe('8344');
  });
});
