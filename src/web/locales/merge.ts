// The translations are split: the shell's texts in src/web/locales, each module's in its own
// src/modules/<module>/web/locales/{it,en}.json, so a module's pages and their words live together. This merges
// them into one tree per language (a module file adds top-level keys; a key defined twice is a mistake and fails
// the parity test rather than silently overriding).
/** Leaves are strings, or lists (the legal pages keep paragraphs as arrays). */
export type Tree = { [key: string]: string | unknown[] | Tree };
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeTrees(trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) mergeInto(out, tree);
  return out;
}

function mergeInto(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isTree(value) && isTree(existing)) mergeInto(existing, value);
    else target[key] = typeof value === 'object' ? structuredClone(value) : value;
  }
}

/** Every dotted key of a tree, for the parity check between languages. */
export function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    isTree(v) ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** The files of one language from an import.meta.glob result, keyed by path. */
export function filesOf(files: Record<string, { default: Tree }>, lang: string): Tree[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith(`/${lang}.json`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, m]) => m.default);
}
