import { describe, expect, it } from 'vitest';
import { HIT_LEVELS, hitTokens, levelsUpTo, requiredWordsText, tokensOf } from './search-relevance.ts';

describe('search relevance', () => {
  it('takes the words every match contains, or none when some are optional', () => {
    expect(requiredWordsText('magazziniere carrellista')).toBe('magazziniere carrellista');
    expect(requiredWordsText('"aiuto cuoco" pizzeria')).toBe('aiuto cuoco pizzeria');
    expect(requiredWordsText('saldatore or tornitore')).toBeNull();
    expect(requiredWordsText('saldatore -tig')).toBeNull();
    // A hyphen inside a word is not an exclusion (patente CQC-M).
    expect(requiredWordsText('cqc-m')).toBe('cqc-m');
    expect(requiredWordsText('""')).toBeNull();
  });

  it('reads the levels from the highest down, always ending with every match', () => {
    expect(levelsUpTo()).toEqual([...HIT_LEVELS]);
    expect(levelsUpTo(7)).toEqual([6, 4, 3, 2, 1]);
    expect(levelsUpTo(1)).toEqual([1]);
    expect(levelsUpTo(0)).toEqual([1]);
  });

  it('names a level by one token per word', () => {
    expect(hitTokens(['magazzin', 'carrell'], 4)).toEqual(['magazzin#4', 'carrell#4']);
    expect(tokensOf('saldator', 1)).toEqual([]);
    expect(tokensOf('saldator', 9)).toEqual([
      'saldator#2',
      'saldator#3',
      'saldator#4',
      'saldator#6',
      'saldator#8',
    ]);
  });
});
