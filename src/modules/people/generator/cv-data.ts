// The data tables behind the synthetic CVs (sector weights of the local labour market, employers, contracts,
// education levels, courses, mother tongues) and the small helpers that draw from them.
import { vatCheckDigit } from '../../network/domain/tax-codes.ts';
import { starterCodeLists, starterOccupations, starterSkills } from '../../taxonomy/starter/index.ts';
import type { StarterOccupation } from '../../taxonomy/starter/types.ts';
import { type Random, weightedTable } from './random.ts';

/** Sector weights of the local labour demand of the Turin area (share of job seekers looking there). */
const sectorWeights: Record<string, { w: number; female: number }> = {
  logistica: { w: 15, female: 0.3 },
  metalmeccanica: { w: 12, female: 0.15 },
  pulizie: { w: 11, female: 0.75 },
  ristorazione: { w: 11, female: 0.55 },
  commercio: { w: 11, female: 0.65 },
  amministrazione: { w: 9, female: 0.75 },
  edilizia: { w: 8, female: 0.05 },
  cura: { w: 7, female: 0.9 },
  trasporti: { w: 7, female: 0.1 },
  sociosanitario: { w: 6, female: 0.8 },
  industria: { w: 5, female: 0.45 },
  servizi: { w: 5, female: 0.5 },
  verde: { w: 2, female: 0.2 },
  turismo: { w: 2, female: 0.6 },
  agricoltura: { w: 2, female: 0.3 },
  ict: { w: 2, female: 0.25 },
  sport: { w: 1, female: 0.45 },
};

export const bySector = new Map<string, StarterOccupation[]>();
for (const o of starterOccupations) {
  const list = bySector.get(o.sector) ?? [];
  list.push(o);
  bySector.set(o.sector, list);
}
const sectorTable = (sex: 'M' | 'F') =>
  weightedTable(
    Object.entries(sectorWeights)
      .filter(([s]) => bySector.has(s))
      .map(([s, { w, female }]) => [s, w * (sex === 'F' ? female : 1 - female) * 2] as const),
  );
export const sectorFor = { M: sectorTable('M'), F: sectorTable('F') };

export const skillLabel = new Map(starterSkills.map((s) => [s.uri, s.labelIt]));
const codeVersion = (scheme: string) => starterCodeLists.find((c) => c.scheme === scheme)!.version;
export const EDUCATION_VERSION = codeVersion('sap-education');
export const DRIVING_VERSION = codeVersion('driving-licence');
export const LICENCE_VERSION = codeVersion('licence');

/** Mother tongue (ISO 639-1) by country of birth (generator's countries). */
export const motherTongueOf: Record<string, string> = {
  IT: 'it',
  RO: 'ro',
  MA: 'ar',
  AL: 'sq',
  PE: 'es',
  NG: 'en',
  CN: 'zh',
  UA: 'uk',
};

const employerStems: Record<string, string[]> = {
  logistica: ['Logistica', 'Trasporti e Magazzini', 'Distribuzione', 'Servizi Logistici', 'Depositi'],
  trasporti: ['Autotrasporti', 'Trasporti', 'Spedizioni', 'Autolinee', 'Traslochi'],
  metalmeccanica: ['Meccanica', 'Carpenteria Metallica', 'Minuterie', 'Stampaggi', 'Componenti Auto'],
  pulizie: ['Multiservizi', 'Pulizie Industriali', 'Servizi Integrati', 'Igiene Ambientale'],
  ristorazione: ['Ristorante', 'Trattoria', 'Ristorazione Collettiva', 'Pizzeria', 'Bar Caffetteria'],
  commercio: ['Supermercato', 'Market', 'Ferramenta', 'Abbigliamento', 'Alimentari'],
  amministrazione: ['Studio Associato', 'Servizi Amministrativi', 'Consulenze', 'Assicurazioni'],
  edilizia: ['Costruzioni', 'Edilizia', 'Impianti', 'Restauri', 'Termoidraulica'],
  cura: ['Cooperativa Sociale', 'Servizi alla Persona', 'Asilo Nido'],
  sociosanitario: ['RSA', 'Cooperativa Sociale', 'Casa di Riposo', 'Poliambulatorio'],
  industria: ['Tessitura', 'Panificio', 'Salumificio', 'Plastica', 'Mobilificio'],
  servizi: ['Vigilanza', 'Servizi', 'Autofficina', 'Acconciature', 'Contact Center'],
  verde: ['Giardini', 'Vivai', 'Manutenzione Verde'],
  turismo: ['Hotel', 'Albergo', 'Agenzia Viaggi'],
  agricoltura: ['Azienda Agricola', 'Cascina', 'Cantina'],
  ict: ['Informatica', 'Software', 'Sistemi'],
  sport: ['Centro Sportivo', 'Piscina', 'Palestra'],
};
const employerNames = [
  'Aurora',
  'Sabauda',
  'Po',
  'Collina',
  'Pedemontana',
  'Monviso',
  'Chisone',
  'Sangone',
  'Lingotto',
  'Mirafiori',
  'Superga',
  'Stura',
  'Dora',
  'Alpina',
  'Subalpina',
  'Torinese',
  'Chierese',
  'Pinerolese',
  'Val Lemina',
  'Santa Rita',
  'Castello',
  'Riviera',
];
const legalForms = ['S.r.l.', 'S.p.A.', 'S.n.c.', 'S.a.s.', 'soc. coop.', 'S.r.l.s.'];

export const contractTable = weightedTable<string>([
  ['A.02.00', 36],
  ['A.01.00', 20],
  ['A.06.01', 14],
  ['A.05.02', 5],
  ['A.02.01', 5],
  ['A.06.00', 3],
  ['B.03.00', 2],
]);

type Education = { code: string; finishAge: number; titles: string[] };
const educationLevels: Record<string, Education> = {
  NT: { code: 'NT', finishAge: 0, titles: [] },
  LE: { code: 'LE', finishAge: 11, titles: ['Licenza elementare'] },
  LM: { code: 'LM', finishAge: 14, titles: ['Licenza media'] },
  QP: {
    code: 'QP',
    finishAge: 17,
    titles: [
      'Operatore meccanico',
      'Operatore della ristorazione',
      'Operatore ai servizi di vendita',
      'Operatore elettrico',
      'Operatore del benessere',
      'Operatore edile',
      'Operatore amministrativo-segretariale',
      'Operatore della logistica',
    ],
  },
  DP: { code: 'DP', finishAge: 18, titles: ['Tecnico per la conduzione di impianti', 'Tecnico di cucina'] },
  DS: {
    code: 'DS',
    finishAge: 19,
    titles: [
      'Diploma di ragioneria (Amministrazione, finanza e marketing)',
      'Diploma di perito meccanico',
      'Diploma di perito elettrotecnico',
      'Diploma di liceo scientifico',
      'Diploma di liceo linguistico',
      'Diploma di istituto alberghiero',
      'Diploma di servizi socio-sanitari',
      'Diploma di geometra (Costruzioni, ambiente e territorio)',
    ],
  },
  ITS: {
    code: 'ITS',
    finishAge: 21,
    titles: ['Tecnico superiore per la mobilità sostenibile e la logistica'],
  },
  L: {
    code: 'L',
    finishAge: 22,
    titles: [
      'Laurea in Economia aziendale',
      'Laurea in Scienze dell’educazione',
      'Laurea in Ingegneria gestionale',
      'Laurea in Lettere',
      'Laurea in Infermieristica',
      'Laurea in Informatica',
    ],
  },
  LMCU: {
    code: 'LMCU',
    finishAge: 24,
    titles: [
      'Laurea magistrale in Giurisprudenza',
      'Laurea magistrale in Economia',
      'Laurea magistrale in Biologia',
    ],
  },
};

/** Education level by generation (older people left school earlier) and origin. */
export function drawEducation(r: Random, age: number, abroad: boolean): Education {
  const weights: [string, number][] =
    age >= 55
      ? [
          ['LE', 10],
          ['LM', 45],
          ['QP', 15],
          ['DS', 24],
          ['L', 6],
        ]
      : age >= 35
        ? [
            ['LM', 33],
            ['QP', 18],
            ['DP', 3],
            ['DS', 33],
            ['L', 8],
            ['LMCU', 5],
          ]
        : age >= 24
          ? [
              ['LM', 22],
              ['QP', 20],
              ['DP', 5],
              ['DS', 34],
              ['ITS', 3],
              ['L', 10],
              ['LMCU', 6],
            ]
          : age >= 20
            ? [
                ['LM', 30],
                ['QP', 25],
                ['DP', 7],
                ['DS', 38],
              ]
            : [
                ['LM', 75],
                ['QP', 25],
              ];
  if (abroad) weights.push(['NT', 3], ['LE', 6]);
  let level = educationLevels[r.weighted(weights)]!;
  while (level.finishAge > age) level = educationLevels.LM!;
  return level;
}

export const trainingsBySector: Record<string, [title: string, hours: number, certificate: string | null][]> =
  {
    logistica: [['Conduzione di carrelli elevatori', 12, 'Abilitazione carrellista']],
    ristorazione: [['HACCP per alimentaristi', 8, 'Attestato HACCP']],
    commercio: [['HACCP per alimentaristi', 8, 'Attestato HACCP']],
    sociosanitario: [['Primo soccorso', 12, 'Attestato di frequenza']],
    cura: [['Assistente familiare', 200, 'Qualifica regionale']],
    amministrazione: [['Contabilità e paghe', 80, 'Attestato di frequenza']],
    edilizia: [['Lavori in quota e DPI di III categoria', 8, 'Attestato di frequenza']],
    metalmeccanica: [['Saldatura a filo e TIG', 120, 'Attestato di frequenza']],
  };
export const commonTrainings: [string, number, string | null][] = [
  ['Sicurezza sui luoghi di lavoro — formazione generale e specifica', 12, 'Attestato di frequenza'],
  ['Informatica di base', 40, null],
  ['Addetto antincendio (rischio medio)', 8, 'Attestato di idoneità'],
];
export const trainingProviders = [
  'Agenzia formativa del Chierese',
  'CIOFS-FP Piemonte',
  'Scuola dei Mestieri Torino Sud',
  'ENAIP Piemonte',
  'CNOS-FAP',
];
export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A 32-bit hash of a string (FNV-1a): the per-person seed. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A fictitious but well-formed codice fiscale of a company registered in Torino (office 001). */
export function employerTaxCode(r: Random): string {
  const first10 = `${String(r.int(0, 9_999_999)).padStart(7, '0')}001`;
  return `${first10}${vatCheckDigit(first10)}`;
}

export const starterByUri = new Map(starterOccupations.map((o) => [o.uri, o]));

export function employerName(r: Random, sector: string): string {
  const stem = r.pick(employerStems[sector] ?? ['Servizi']);
  return `${stem} ${r.pick(employerNames)} ${r.pick(legalForms)}`;
}
