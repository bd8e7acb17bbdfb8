// SAP education levels (with ISCED 2011 level and EQF level) and CEFR language levels for the starter code lists.
import type { Row } from './code-lists-row.ts';

/** SAP education levels with ISCED 2011 level and EQF level (null where the EQF does not reference the title). */
export const sapEducation: Row[] = [
  ['NT', 'Nessun titolo di studio', 'No formal education', { isced: '0', eqf: null }],
  ['LE', 'Licenza elementare', 'Primary school certificate', { isced: '1', eqf: null }],
  [
    'LM',
    'Licenza media (diploma di primo ciclo)',
    'Lower secondary school certificate',
    { isced: '2', eqf: 1 },
  ],
  [
    'QP',
    'Qualifica professionale triennale (IeFP)',
    'Three-year vocational qualification (IeFP)',
    { isced: '3', eqf: 3 },
  ],
  [
    'DP',
    'Diploma professionale quadriennale (IeFP)',
    'Four-year vocational diploma (IeFP)',
    { isced: '3', eqf: 4 },
  ],
  ['DS', 'Diploma di scuola secondaria superiore', 'Upper secondary school diploma', { isced: '3', eqf: 4 }],
  [
    'IFTS',
    'Certificato di specializzazione tecnica superiore (IFTS)',
    'Higher technical specialisation certificate (IFTS)',
    { isced: '4', eqf: 4 },
  ],
  [
    'ITS',
    'Diploma di tecnico superiore (ITS Academy)',
    'Higher technical diploma (ITS Academy)',
    { isced: '5', eqf: 5 },
  ],
  ['L', 'Laurea triennale', "Bachelor's degree", { isced: '6', eqf: 6 }],
  [
    'LMCU',
    'Laurea magistrale o a ciclo unico',
    "Master's degree or single-cycle degree",
    { isced: '7', eqf: 7 },
  ],
  ['MA1', 'Master universitario di I livello', 'First-level university master', { isced: '7', eqf: 7 }],
  ['MA2', 'Master universitario di II livello', 'Second-level university master', { isced: '7', eqf: 8 }],
  ['DR', 'Dottorato di ricerca', 'Doctorate (PhD)', { isced: '8', eqf: 8 }],
];

export const cefr: Row[] = [
  ['A1', 'A1 — Livello base (contatto)', 'A1 — Breakthrough', { group: 'A' }],
  ['A2', 'A2 — Livello elementare (sopravvivenza)', 'A2 — Waystage', { group: 'A' }],
  ['B1', 'B1 — Livello intermedio (soglia)', 'B1 — Threshold', { group: 'B' }],
  ['B2', 'B2 — Livello intermedio superiore (progresso)', 'B2 — Vantage', { group: 'B' }],
  ['C1', 'C1 — Livello avanzato (efficacia)', 'C1 — Effective operational proficiency', { group: 'C' }],
  ['C2', 'C2 — Livello di padronanza', 'C2 — Mastery', { group: 'C' }],
];
