// The demo vacancies themselves (see vacancies.ts): realistic offers of the demo employers, by codice fiscale.
// The rest are in vacancies-data-more.ts. Occupations are the starter taxonomy's Italian labels; skills come from
// the occupation's ESCO relations.

export type DemoVacancy = {
  /** Codice fiscale, or the slug of a demo employer (src/demo/employers-data.ts). */
  employer: string;
  title: string;
  occupation: string;
  description: string;
  comune: string;
  address?: string;
  contract: string;
  hours: number;
  positions?: number;
  experienceMonths?: number;
  eqf?: number;
  languages?: { code: string; level: string }[];
  licences?: string[];
  reservedFor?: string[];
  state: 'draft' | 'published' | 'unpublished' | 'closed';
  refreshedDaysAgo: number;
  deadlineInDays: number;
};

export const MECCANICA_LISA = '12999020014'; // Moncalieri
export const LOGISUD = '12999030013'; // Nichelino
export const TESSITURA = '12999010015'; // Chieri
export const CONSERVE = '12999040012'; // Carmagnola
export const VERDE_COLLINA = '12999050011'; // Santena
export const MULTISERVIZI = '12999070019'; // Torino, Mirafiori
export const PANIFICIO = '12999080018'; // Torino, Santa Rita
export const ENERGIA = '12999100014'; // Pinerolo
export const VAL_CHISONE = '12999110013'; // Villar Perosa
export const PULIZIE_PINEROLESI = '12999120012'; // Pinerolo
export const LOGISTICA_PINEROLESE = '12999130011'; // Airasca
export const FORMAGGI = '12999140010'; // Bricherasio

export const MONCALIERI = '001156';
export const NICHELINO = '001164';
export const CHIERI = '001078';
export const CARMAGNOLA = '001059';
export const SANTENA = '001257';
export const TORINO = '001272';
export const PINEROLO = '001191';
export const VILLAR_PEROSA = '001307';
export const AIRASCA = '001002';
export const BRICHERASIO = '001035';

export const demoVacancyRows: DemoVacancy[] = [
  {
    employer: MECCANICA_LISA,
    title: 'Magazziniere carrellista',
    occupation: 'Carrellista',
    description:
      'Ricevimento merci, stoccaggio a scaffale e movimentazione con carrello elevatore frontale e retrattile; carico dei mezzi in uscita. Turni giornalieri dal lunedì al venerdì.',
    comune: MONCALIERI,
    address: 'Strada Carignano 48',
    contract: 'A.02.00',
    hours: 40,
    positions: 2,
    experienceMonths: 12,
    licences: ['CARRELLISTA'],
    state: 'published',
    refreshedDaysAgo: 3,
    deadlineInDays: 30,
  },
  {
    employer: MECCANICA_LISA,
    title: 'Saldatore/saldatrice a filo MIG/MAG',
    occupation: 'Saldatore/trice',
    description:
      'Saldatura di carpenteria media in acciaio al carbonio presso il reparto di Nichelino; lettura del disegno tecnico. Gradito patentino di saldatura.',
    comune: NICHELINO,
    address: 'Via Torino 160',
    contract: 'A.01.00',
    hours: 40,
    experienceMonths: 24,
    state: 'published',
    refreshedDaysAgo: 5,
    deadlineInDays: 25,
  },
  {
    employer: MECCANICA_LISA,
    title: 'Operatore/operatrice su centri di lavoro CNC',
    occupation: 'Operatore/trice macchine CNC',
    description:
      'Attrezzaggio e conduzione di centri di lavoro a 3 assi, controllo dimensionale dei pezzi. Turni a ciclo continuo.',
    comune: MONCALIERI,
    contract: 'A.06.01',
    hours: 40,
    positions: 3,
    experienceMonths: 6,
    eqf: 3,
    state: 'published',
    refreshedDaysAgo: 12,
    deadlineInDays: 20,
  },
  {
    employer: MECCANICA_LISA,
    title: 'Tornitore/tornitrice in apprendistato',
    occupation: 'Tornitore/trice',
    description: 'Percorso di apprendistato al tornio parallelo e a controllo numerico, con tutor aziendale.',
    comune: MONCALIERI,
    contract: 'A.03.09',
    hours: 40,
    state: 'draft',
    refreshedDaysAgo: 1,
    deadlineInDays: 40,
  },
  {
    employer: LOGISUD,
    title: 'Autista patente C con CQC merci',
    occupation: 'Autista di mezzi pesanti (patente C/CE)',
    description:
      'Consegne regionali con motrice da 18 t su Torino e provincia, rientro in sede ogni sera. Richiesta carta tachigrafica.',
    comune: NICHELINO,
    address: 'Via Stupinigi 110',
    contract: 'A.01.00',
    hours: 40,
    positions: 2,
    experienceMonths: 12,
    licences: ['C', 'CQC-M'],
    state: 'published',
    refreshedDaysAgo: 2,
    deadlineInDays: 35,
  },
  {
    employer: LOGISUD,
    title: 'Addetto/addetta al picking (part-time pomeridiano)',
    occupation: 'Addetto/a al picking',
    description: 'Preparazione ordini con terminale in radiofrequenza, turno 14–18 dal lunedì al sabato.',
    comune: NICHELINO,
    contract: 'A.02.00',
    hours: 24,
    positions: 4,
    state: 'published',
    refreshedDaysAgo: 6,
    deadlineInDays: 15,
  },
  {
    employer: LOGISUD,
    title: 'Magazziniere/magazziniera — riservato L. 68/99',
    occupation: 'Magazziniere/a',
    description:
      'Posizione riservata alle persone iscritte al collocamento mirato (L. 68/99): controllo merci in entrata, etichettatura e inventario. Postazione adattabile.',
    comune: MONCALIERI,
    address: 'Via Vittime di Bologna 12',
    contract: 'A.01.00',
    hours: 30,
    reservedFor: ['l68'],
    state: 'published',
    refreshedDaysAgo: 4,
    deadlineInDays: 45,
  },
  {
    employer: LOGISUD,
    title: 'Corriere con furgone aziendale',
    occupation: 'Corriere (autista furgone)',
    description: 'Consegne di colli su giro fisso nella zona sud di Torino.',
    comune: NICHELINO,
    contract: 'A.02.00',
    hours: 40,
    licences: ['B'],
    state: 'closed',
    refreshedDaysAgo: 20,
    deadlineInDays: 10,
  },
  {
    employer: TESSITURA,
    title: 'Cuoco/cuoca per la mensa aziendale',
    occupation: 'Cuoco/a di mensa',
    description:
      'Preparazione di circa 120 pasti al giorno per la mensa dello stabilimento, secondo il piano HACCP. Orario 8–14.',
    comune: CHIERI,
    address: 'Strada Fontaneto 52',
    contract: 'A.01.00',
    hours: 30,
    experienceMonths: 24,
    state: 'published',
    refreshedDaysAgo: 1,
    deadlineInDays: 30,
  },
  {
    employer: TESSITURA,
    title: 'Tessitore/tessitrice su telai a pinza',
    occupation: 'Tessitore/trice',
    description:
      'Conduzione di telai a pinza per tessuti d’arredamento, cambio articolo e piccoli interventi.',
    comune: CHIERI,
    contract: 'A.02.00',
    hours: 40,
    positions: 2,
    experienceMonths: 6,
    state: 'published',
    refreshedDaysAgo: 8,
    deadlineInDays: 25,
  },
  {
    employer: TESSITURA,
    title: 'Tirocinio in controllo qualità tessile',
    occupation: 'Tecnico/a controllo qualità tessile',
    description:
      'Tirocinio extracurricolare di 6 mesi con indennità: controllo pezze, schede di non conformità, prove di laboratorio.',
    comune: CHIERI,
    contract: 'C.01.00',
    hours: 36,
    eqf: 4,
    reservedFor: ['internship'],
    state: 'published',
    refreshedDaysAgo: 3,
    deadlineInDays: 20,
  },
  {
    employer: TESSITURA,
    title: 'Impiegato/impiegata amministrativo/a',
    occupation: 'Impiegato/a amministrativo/a',
    description: 'Contabilità fornitori, prima nota, rapporti con lo studio paghe.',
    comune: CHIERI,
    contract: 'A.02.01',
    hours: 40,
    eqf: 4,
    languages: [{ code: 'en', level: 'B1' }],
    state: 'draft',
    refreshedDaysAgo: 1,
    deadlineInDays: 30,
  },
  {
    employer: CONSERVE,
    title: 'Addetti/e al confezionamento (campagna peperoni)',
    occupation: 'Addetto/a al confezionamento manuale',
    description:
      'Confezionamento in vaso e cartonatura durante la campagna estiva-autunnale, turni su due fasce.',
    comune: CARMAGNOLA,
    address: 'Via Poirino 77',
    contract: 'A.02.00',
    hours: 40,
    positions: 8,
    state: 'published',
    refreshedDaysAgo: 9,
    deadlineInDays: 14,
  },
  {
    employer: CONSERVE,
    title: 'Raccoglitori/raccoglitrici di ortaggi',
    occupation: 'Raccoglitore/trice di frutta e verdura',
    description: 'Raccolta del peperone di Carmagnola nei campi dell’azienda, lavoro all’aperto.',
    comune: CARMAGNOLA,
    contract: 'H.01.00',
    hours: 39,
    positions: 6,
    state: 'published',
    refreshedDaysAgo: 10,
    deadlineInDays: 12,
  },
  {
    employer: VERDE_COLLINA,
    title: 'Giardiniere/giardiniera',
    occupation: 'Giardiniere/a',
    description:
      'Manutenzione di parchi e giardini privati sulla collina torinese: potature, tagli, impianti di irrigazione.',
    comune: SANTENA,
    contract: 'A.02.00',
    hours: 40,
    experienceMonths: 12,
    licences: ['B'],
    state: 'published',
    refreshedDaysAgo: 7,
    deadlineInDays: 30,
  },
  {
    employer: MULTISERVIZI,
    title: 'Addetto/addetta alle pulizie di uffici',
    occupation: 'Addetto/a alle pulizie',
    description: 'Pulizie di uffici e spazi comuni a Mirafiori, orario serale 18–22.',
    comune: TORINO,
    address: 'Corso Orbassano 336',
    contract: 'A.01.00',
    hours: 20,
    positions: 3,
    state: 'published',
    refreshedDaysAgo: 2,
    deadlineInDays: 20,
  },
  {
    employer: MULTISERVIZI,
    title: 'Addetto/addetta alle pulizie — scuole di Moncalieri',
    occupation: 'Addetto/a alle pulizie',
    description: 'Pulizia di plessi scolastici, orario pomeridiano durante l’anno scolastico.',
    comune: MONCALIERI,
    contract: 'A.02.00',
    hours: 25,
    positions: 2,
    state: 'unpublished',
    refreshedDaysAgo: 45,
    deadlineInDays: 10,
  },
  {
    employer: PANIFICIO,
    title: 'Panettiere/panettiera (turno notturno)',
    occupation: 'Panettiere/a',
    description: 'Impasto e cottura di pane e grissini, turno 2–8. Ambiente familiare.',
    comune: TORINO,
    address: 'Via Guido Reni 61',
    contract: 'A.01.00',
    hours: 36,
    experienceMonths: 12,
    state: 'published',
    refreshedDaysAgo: 4,
    deadlineInDays: 25,
  },
  {
    employer: PANIFICIO,
    title: 'Commesso/commessa di panetteria',
    occupation: 'Commesso/a di panetteria',
    description: 'Vendita al banco e riordino del negozio, mattina.',
    comune: TORINO,
    contract: 'A.02.00',
    hours: 24,
    state: 'closed',
    refreshedDaysAgo: 30,
    deadlineInDays: 5,
  },
];
