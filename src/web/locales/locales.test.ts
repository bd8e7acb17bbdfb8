// Every text exists in both languages, and no module redefines a key another file already has.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysOf, mergeTrees, type Tree } from './merge.ts';

const root = path.resolve(import.meta.dirname, '../../..');
function localeFiles(lang: string): { file: string; tree: Tree }[] {
  const dirs = [
    'src/web/locales',
    ...readdirSync(path.join(root, 'src/modules')).map((m) => `src/modules/${m}/web/locales`),
  ];
  return dirs.flatMap((dir) => {
    const file = path.join(root, dir, `${lang}.json`);
    try {
      return [{ file: path.relative(root, file), tree: JSON.parse(readFileSync(file, 'utf8')) as Tree }];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  });
}

describe('translations', () => {
  const it_ = localeFiles('it');
  const en = localeFiles('en');

  it('has the same files and the same keys in Italian and English', () => {
    expect(en.map((f) => f.file.replace('en.json', ''))).toEqual(
      it_.map((f) => f.file.replace('it.json', '')),
    );
    for (const [i, f] of it_.entries()) {
      const other = en[i]!;
      const missingInEn = keysOf(f.tree).filter((k) => !keysOf(other.tree).includes(k));
      const missingInIt = keysOf(other.tree).filter((k) => !keysOf(f.tree).includes(k));
      expect({ file: f.file, missingInEn, missingInIt }).toEqual({
        file: f.file,
        missingInEn: [],
        missingInIt: [],
      });
    }
  });

  it('never defines the same key in two files', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of it_) {
      for (const k of keysOf(f.tree)) {
        const before = seen.get(k);
        if (before) clashes.push(`${k}: ${before} and ${f.file}`);
        seen.set(k, f.file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('merges module trees into the shell tree', () => {
    const merged = mergeTrees([{ a: { b: 'x' } }, { a: { c: 'y' }, d: 'z' }]);
    expect(merged).toEqual({ a: { b: 'x', c: 'y' }, d: 'z' });
  });
});
