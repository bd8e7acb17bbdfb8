// The row shape of the starter code lists and the helper turning rows into CodeListEntry records.
import type { CodeListEntry } from './types.ts';

export type Row = [code: string, labelIt: string, labelEn: string, extra?: Record<string, unknown>];

export function list(
  scheme: string,
  version: string,
  rows: Row[],
  parentOf?: (code: string) => string | undefined,
) {
  return rows.map(([code, labelIt, labelEn, extra], i): CodeListEntry => {
    const parentCode = parentOf?.(code);
    return {
      scheme,
      version,
      code,
      ...(parentCode ? { parentCode } : {}),
      labelIt,
      labelEn,
      ...(extra ? { extra } : {}),
      sortOrder: i + 1,
    };
  });
}
