// ESCO keeps a concept's alternative labels in one quoted CSV field, one label per line; the preferred label is
// usually repeated among them. Search wants each label once.

/** "a\nb\n\nb" → ['a', 'b'], without the preferred label and without blanks or repeats. */
export function splitAltLabels(field: string | undefined, preferred = ''): string[] {
  if (!field) return [];
  const seen = new Set<string>([preferred.trim()]);
  const out: string[] = [];
  for (const raw of field.split(/\r?\n|\r/)) {
    const label = raw.trim().replace(/\s+/g, ' ');
    if (!label || seen.has(label)) continue;
    seen.add(label);
    out.push(label);
  }
  return out;
}

/** A 4-digit ISCO-08 unit group from the iscoGroup column (ESCO writes "2654"; some exports write "C2654"). */
export function iscoCodeOf(value: string | undefined): string {
  return (value ?? '').trim().replace(/^C/i, '');
}
