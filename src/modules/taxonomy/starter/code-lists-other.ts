// Driving and professional licences, CO contract types, income-support measures and employment status for the
// starter code lists.
import type { Row } from './code-lists-row.ts';

/** Driving licence categories (D.Lgs. 59/2011, in force since 19 January 2013), with the usual minimum age. */
export const drivingLicences: Row[] = [
  ['AM', 'AM — ciclomotori e quadricicli leggeri', 'AM — mopeds and light quadricycles', { minAge: 14 }],
  ['A1', 'A1 — motocicli fino a 125 cc e 11 kW', 'A1 — motorcycles up to 125 cc and 11 kW', { minAge: 16 }],
  ['A2', 'A2 — motocicli fino a 35 kW', 'A2 — motorcycles up to 35 kW', { minAge: 18 }],
  ['A', 'A — motocicli senza limiti di potenza', 'A — motorcycles of any power', { minAge: 24 }],
  ['B1', 'B1 — quadricicli non leggeri', 'B1 — heavy quadricycles', { minAge: 16 }],
  [
    'B',
    'B — autoveicoli fino a 3,5 t e 8 posti oltre al conducente',
    'B — vehicles up to 3.5 t and 8 passenger seats',
    { minAge: 18 },
  ],
  ['BE', 'BE — categoria B con rimorchio pesante', 'BE — category B with a heavy trailer', { minAge: 18 }],
  ['C1', 'C1 — autocarri da 3,5 a 7,5 t', 'C1 — lorries from 3.5 to 7.5 t', { minAge: 18 }],
  ['C1E', 'C1E — categoria C1 con rimorchio', 'C1E — category C1 with a trailer', { minAge: 18 }],
  ['C', 'C — autocarri oltre 3,5 t', 'C — lorries over 3.5 t', { minAge: 21 }],
  [
    'CE',
    'CE — autotreni e autoarticolati',
    'CE — category C with a trailer (articulated lorries)',
    { minAge: 21 },
  ],
  ['D1', 'D1 — minibus fino a 16 passeggeri', 'D1 — minibuses up to 16 passengers', { minAge: 21 }],
  ['D1E', 'D1E — categoria D1 con rimorchio', 'D1E — category D1 with a trailer', { minAge: 21 }],
  ['D', 'D — autobus', 'D — buses', { minAge: 24 }],
  ['DE', 'DE — autobus con rimorchio', 'DE — buses with a trailer', { minAge: 24 }],
];

/** Professional licences often required by employers. */
export const licences: Row[] = [
  [
    'CQC-M',
    'CQC merci — carta di qualificazione del conducente per il trasporto di cose',
    'CPC goods — driver certificate of professional competence for goods',
    { requires: ['C1', 'C'] },
  ],
  [
    'CQC-P',
    'CQC persone — carta di qualificazione del conducente per il trasporto di persone',
    'CPC passengers — driver certificate of professional competence for passengers',
    { requires: ['D1', 'D'] },
  ],
  [
    'CARRELLISTA',
    'Patentino per carrelli elevatori (Accordo Stato-Regioni 22/02/2012)',
    'Forklift operator licence (State-Regions agreement of 22/02/2012)',
  ],
];

/** Contract types of the mandatory employment communications (CO / UNILAV). */
export const coContracts: Row[] = [
  ['A.01.00', 'Lavoro a tempo indeterminato', 'Open-ended employment'],
  ['A.02.00', 'Lavoro a tempo determinato', 'Fixed-term employment'],
  ['A.02.01', 'Lavoro a tempo determinato per sostituzione', 'Fixed-term employment as a replacement'],
  [
    'A.03.08',
    'Apprendistato per la qualifica e il diploma professionale',
    'Apprenticeship for a vocational qualification or diploma',
  ],
  ['A.03.09', 'Apprendistato professionalizzante', 'Vocational (professionalising) apprenticeship'],
  ['A.03.10', 'Apprendistato di alta formazione e ricerca', 'Higher education and research apprenticeship'],
  ['A.05.01', 'Lavoro intermittente a tempo indeterminato', 'Open-ended on-call work'],
  ['A.05.02', 'Lavoro intermittente a tempo determinato', 'Fixed-term on-call work'],
  ['A.06.00', 'Lavoro in somministrazione a tempo indeterminato', 'Open-ended agency work'],
  ['A.06.01', 'Lavoro in somministrazione a tempo determinato', 'Fixed-term agency work'],
  ['A.07.02', 'Lavoro ripartito (job sharing)', 'Job sharing'],
  [
    'B.03.00',
    'Collaborazione coordinata e continuativa',
    'Coordinated and continuous collaboration (co.co.co.)',
  ],
  ['C.01.00', 'Tirocinio', 'Internship (tirocinio)'],
  ['C.03.00', 'Lavoro socialmente utile (LSU)', 'Socially useful work (LSU)'],
  ['H.01.00', 'Lavoro a tempo determinato in agricoltura', 'Fixed-term employment in agriculture'],
  [
    'I.01.00',
    'Lavoro a tempo indeterminato nella pubblica amministrazione',
    'Open-ended employment in the public sector',
  ],
  [
    'I.02.00',
    'Lavoro a tempo determinato nella pubblica amministrazione',
    'Fixed-term employment in the public sector',
  ],
];

export const incomeSupport: Row[] = [
  [
    'NASPI',
    'NASpI — Nuova assicurazione sociale per l’impiego',
    'NASpI — unemployment benefit for employees',
    { since: '2015-05-01' },
  ],
  [
    'DIS-COLL',
    'DIS-COLL — indennità di disoccupazione per collaboratori',
    'DIS-COLL — unemployment benefit for collaborators',
    { since: '2015-01-01' },
  ],
  ['ADI', 'ADI — Assegno di inclusione', 'ADI — inclusion allowance', { since: '2024-01-01' }],
  [
    'SFL',
    'SFL — Supporto per la formazione e il lavoro',
    'SFL — support for training and work',
    { since: '2023-09-01' },
  ],
  ['CIGO', 'Cassa integrazione guadagni ordinaria', 'Ordinary wage guarantee fund (short-time work)'],
  [
    'CIGS',
    'Cassa integrazione guadagni straordinaria',
    'Extraordinary wage guarantee fund (short-time work)',
  ],
  [
    'RDC',
    'Reddito di cittadinanza (storico, fino al 2023)',
    'Citizenship income (historical, until 2023)',
    { since: '2019-04-01', until: '2023-12-31', historic: true },
  ],
];

/** Employment status as recorded in the SAP (D.Lgs. 150/2015). */
export const employmentStatus: Row[] = [
  ['DISOCCUPATO', 'Disoccupato/a con DID', 'Unemployed with a declaration of availability (DID)'],
  ['INOCCUPATO', 'Inoccupato/a (in cerca di prima occupazione)', 'Never employed, looking for a first job'],
  ['OCCUPATO', 'Occupato/a', 'Employed'],
  ['OCCUPATO-IN-CERCA', 'Occupato/a in cerca di altra occupazione', 'Employed, looking for another job'],
  ['STUDENTE', 'Studente/studentessa', 'Student'],
  ['CASSA-INTEGRAZIONE', 'In cassa integrazione', 'On short-time work (cassa integrazione)'],
];
