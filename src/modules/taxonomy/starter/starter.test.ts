import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { starterCodeLists, starterOccupations, starterSkills } from './index.ts';

const ESCO_DIR = path.resolve(process.cwd(), '../shared/data/esco');
const CLASSIFICATION_ZIP = path.join(ESCO_DIR, 'esco-v1.1.0-classification-en-csv.zip');
const RELATIONS_ZIP = path.join(ESCO_DIR, 'esco-v1.1.0-relations-csv.zip');

const readable = async (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );
const escoAvailable = (await readable(CLASSIFICATION_ZIP)) && (await readable(RELATIONS_ZIP));

/** Streams the rows of one CSV file inside a zip archive. */
async function eachCsvRow(zipPath: string, fileName: string, onRow: (row: Record<string, string>) => void) {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  try {
    const stream = await new Promise<Readable>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (path.basename(entry.fileName) !== fileName) return zip.readEntry();
        zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s)));
      });
      zip.on('end', () => reject(new Error(`${fileName} not found in ${zipPath}`)));
      zip.on('error', reject);
      zip.readEntry();
    });
    const parser = stream.pipe(parse({ columns: true, bom: true, relax_column_count: true }));
    for await (const row of parser) onRow(row as Record<string, string>);
  } finally {
    zip.close();
  }
}

describe('starter taxonomy', () => {
  const skillUris = new Set(starterSkills.map((s) => s.uri));

  it('has at least 150 occupations and 400 skills with unique URIs', () => {
    expect(starterOccupations.length).toBeGreaterThanOrEqual(150);
    expect(starterSkills.length).toBeGreaterThanOrEqual(400);
    expect(new Set(starterOccupations.map((o) => o.uri)).size).toBe(starterOccupations.length);
    expect(skillUris.size).toBe(starterSkills.length);
  });

  it('has well-formed occupations', () => {
    for (const o of starterOccupations) {
      expect(o.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/);
      expect(o.iscoCode, o.labelIt).toMatch(/^\d{4}$/);
      expect(o.labelIt.trim()).not.toBe('');
      expect(o.sector).toMatch(/^[a-z]+$/);
      expect(o.skills.length, o.labelIt).toBeGreaterThanOrEqual(3);
      expect(o.skills.length, o.labelIt).toBeLessThanOrEqual(8);
      expect(new Set(o.skills.map((s) => s.uri)).size, o.labelIt).toBe(o.skills.length);
      for (const alt of o.altIt ?? []) expect(alt.trim()).not.toBe('');
    }
  });

  it('links every occupation skill to a starter skill and uses every skill', () => {
    const used = new Set<string>();
    for (const o of starterOccupations) {
      for (const s of o.skills) {
        expect(skillUris.has(s.uri), `${o.labelIt}: ${s.uri}`).toBe(true);
        used.add(s.uri);
      }
    }
    expect(starterSkills.filter((s) => !used.has(s.uri)).map((s) => s.labelIt)).toEqual([]);
  });

  it('has well-formed skills', () => {
    for (const s of starterSkills) {
      expect(s.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);
      expect(s.labelIt.trim()).not.toBe('');
      expect(['skill/competence', 'knowledge']).toContain(s.skillType);
      expect([null, 'transversal', 'cross-sector', 'sector-specific', 'occupation-specific']).toContain(
        s.reuseLevel,
      );
    }
  });

  it('has code lists with unique keys, all ATECO sections and divisions with their parent section', () => {
    const keys = starterCodeLists.map((e) => `${e.scheme}|${e.version}|${e.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ateco = starterCodeLists.filter((e) => e.scheme === 'ateco');
    const sections = new Set(ateco.filter((e) => /^[A-Z]$/.test(e.code)).map((e) => e.code));
    expect([...sections].join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    const divisions = ateco.filter((e) => /^\d{2}$/.test(e.code));
    expect(divisions).toHaveLength(88);
    for (const d of divisions) expect(sections.has(d.parentCode ?? ''), d.code).toBe(true);
    for (const scheme of [
      'sap-education',
      'cefr',
      'driving-licence',
      'licence',
      'co-contract',
      'income-support',
      'employment-status',
    ]) {
      expect(starterCodeLists.some((e) => e.scheme === scheme)).toBe(true);
    }
    for (const e of starterCodeLists) {
      expect(e.labelIt.trim()).not.toBe('');
      expect(e.labelEn.trim()).not.toBe('');
    }
  });
});

const escoTitle = escoAvailable
  ? 'starter taxonomy against the ESCO v1.1.0 bundle'
  : `starter taxonomy against the ESCO v1.1.0 bundle — SKIPPED: ${CLASSIFICATION_ZIP} or ${RELATIONS_ZIP} not readable`;

describe.skipIf(!escoAvailable)(escoTitle, () => {
  it('uses real occupations with their ISCO group', async () => {
    const isco = new Map<string, string>();
    await eachCsvRow(CLASSIFICATION_ZIP, 'occupations_en.csv', (r) => {
      if (r.conceptUri) isco.set(r.conceptUri, r.iscoGroup ?? '');
    });
    for (const o of starterOccupations) {
      expect(isco.get(o.uri), `${o.labelIt} ${o.uri}`).toBe(o.iscoCode);
    }
  }, 60_000);

  it('uses real skills with their skill type and reuse level', async () => {
    const wanted = new Set(starterSkills.map((s) => s.uri));
    const found = new Map<string, { skillType: string; reuseLevel: string | null }>();
    await eachCsvRow(CLASSIFICATION_ZIP, 'skills_en.csv', (r) => {
      if (r.conceptUri && wanted.has(r.conceptUri)) {
        found.set(r.conceptUri, { skillType: r.skillType ?? '', reuseLevel: r.reuseLevel || null });
      }
    });
    for (const s of starterSkills) {
      expect(found.get(s.uri), `${s.labelIt} ${s.uri}`).toEqual({
        skillType: s.skillType,
        reuseLevel: s.reuseLevel,
      });
    }
  }, 60_000);

  it('uses real occupation–skill relations with the same relation type', async () => {
    const occupations = new Set(starterOccupations.map((o) => o.uri));
    const relations = new Set<string>();
    await eachCsvRow(RELATIONS_ZIP, 'occupationSkillRelations.csv', (r) => {
      if (r.occupationUri && occupations.has(r.occupationUri)) {
        relations.add(`${r.occupationUri}|${r.skillUri}|${r.relationType}`);
      }
    });
    for (const o of starterOccupations) {
      for (const s of o.skills) {
        expect(relations.has(`${o.uri}|${s.uri}|${s.relation}`), `${o.labelIt} → ${s.uri}`).toBe(true);
      }
    }
  }, 60_000);
});
